//go:build !mattn

package main

import _ "modernc.org/sqlite"

const driverName = "sqlite"
