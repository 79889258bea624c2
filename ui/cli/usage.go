package cli

const mainUsage = `Usage:
  interactions [--db FILE]                 open the window
  interactions [--db FILE] COMMAND [FLAGS]

Commands:
  demo    fill a new database with generated demo data
  list    print interactions, filtered, or their groups with counts
  check   verify every index entry and counter against the records
  help    print the usage of a command: interactions help list

Global flags:
  --db FILE   the database file (default: interactions.db in the user's
              data folder); it may also follow the command name
  --version   print the version and build, then exit
  -h, --help  print this help

Exit codes: 0 success, 1 failure (store error, check found problems),
2 wrong command line.
`

const demoUsage = `Usage: interactions [--db FILE] demo --size N [--seed S] [--lang ru|en]

Generates realistic demo data (employees, partners, contact persons,
subjects and N interactions) and writes it into the database, which is
created when missing and must not hold interactions yet.

Flags:
  --size N      how many interactions, 1 to 5000000 (required)
  --seed S      random seed; the same seed gives the same data (default 1)
  --lang ru|en  language of names and texts (default ru)
`

const listUsage = `Usage: interactions [--db FILE] list [FLAGS]

Prints interactions newest first, or with --group the groups with counts.
The database file must exist.

It shows what the window shows under the options stored in the database:
the interaction types switched off in the settings are left out of the
rows and the counts unless --all-types is given. Naming what an option
switches off is an error (exit 2) that names the option: --type of a
switched-off type (without --all-types), --status while the review
workflow is off, --subject or --group subject while subjects are off,
--group attr:NAME while additional attributes are off.

Filters (they combine with AND):
  --type T           meeting, planned, call, sms or email; also call-in,
                     call-out, email-in, email-out, email-draft, email-sent;
                     several separated by commas
  --status S         all (default), to-review, deferred or reviewed
  --responsible NAME an employee
  --contact NAME     a partner (its contact persons included) or a contact
                     person; "(none)" for interactions without contacts
  --subject NAME     a deal, client claim, marketing event or customer order
  --from YYYY-MM-DD  from this day on (local time)
  --to YYYY-MM-DD    up to and including this day
  --search TEXT      every word starts a word of the topic, description,
                     contacts, addresses, numbers or e-mail text
  --all-types        list the types switched off in the settings too
                     (e-mail, SMS, or meetings, planned interactions and
                     calls); with --type, allows a switched-off type
  A NAME is matched without regard to case: an exact name first, else a
  unique part of one; KIND:ID (employee:3, partner:12, person:7, deal:2,
  claim:4, event:1, order:9, interaction:42) names a record exactly.

Output:
  --group G    type, responsible, contact, subject, day, week, month or
               attr:NAME (an additional attribute); prints key, count and
               unreviewed count per group
  --limit N    at most N rows or groups (default 50; 0 prints all)
  --format F   table (default) or csv

CSV columns: date,number,type,direction,topic,contacts,subject,
responsible,reviewed,review_after (dates in RFC 3339); with --group: key,count.
`

const checkUsage = `Usage: interactions [--db FILE] check

Verifies every index entry, text index posting and counter against the
interaction records. Prints "ok: …" and exits 0 when they agree, else
prints the problems one per line and exits 1. The database file must exist.
`
