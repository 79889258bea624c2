package ui

import ()

// This file holds what the dialogs of the bulk actions and of the create
// commands share: reading and writing dates and times as the user types
// them, and the red line under a field that says what is wrong with it.
