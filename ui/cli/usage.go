package cli

const mainUsage = `Usage:
  interactions [--db FILE]                 open the window
  interactions [--db FILE] COMMAND [FLAGS]

Commands:
  demo      fill a new database with generated demo data
  list      print interactions, filtered, or their groups with counts
  check     verify the file's pages, every index entry and counter
  settings  print the settings, or change one: settings set NAME VALUE
  discard   throw away what an unfinished demo load wrote
  report    print a report to PDF: calendar, partners, contacts, activity
  backup    write a consistent copy of the database: backup --out FILE
  restore   replace the database by a checked backup: restore FILE
  compact   give back the space the file holds but no longer uses
  export    write the list, persons, meetings, mail: export csv|vcf|ics|eml --out PATH
  import    read partners, persons, meetings, mail: import csv|vcf|ics|eml|mbox FILE...
  help      print the usage of a command: interactions help list

Global flags:
  --db FILE   the database file (default: interactions.db in the user's
              data folder); it may also follow the command name
  --version   print the version and build, then exit
  -h, --help  print this help

Exit codes: 0 success, 1 failure (store error, check found problems),
2 wrong command line.
`

const demoUsage = `Usage: interactions [--db FILE] demo --size N [--seed S] [--lang ru|en] [--now YYYY-MM-DD]

Generates realistic demo data (employees, partners, contact persons,
subjects and N interactions) and writes it into the database, which is
created when missing and must not hold interactions yet.

Flags:
  --size N      how many interactions, 1 to 5000000 (required)
  --seed S      random seed (default 1)
  --lang ru|en  language of names and texts (default ru)
  --now DAY     the day the data is relative to, YYYY-MM-DD, from midnight
                local time (default: now); the same seed, size, language
                and --now give the same data

The load is all or nothing: a load cut short (the program killed, the
machine stopped) leaves a database that every command refuses, naming
the unfinished load, until "interactions --db FILE discard" empties it.
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
  unique part of one; a claim's name is the first line of its text, an
  order's its number, as the list shows them; KIND:ID (employee:3,
  partner:12, person:7, deal:2, claim:4, event:1, order:9, interaction:42)
  names a record exactly.

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

Walks every page of the file's trees (each page in the file, of a known
type, its keys in order, referenced once) and runs bbolt's own
consistency check; a damaged page stops it with one line naming the page
and exit code 1. Then verifies every index entry, text index posting and
counter against the interaction records, reads every interaction the way
the list does and compares the count, and reports a damaged meta page.
Prints "ok: …" and exits 0 when all agree, else prints the problems one
per line and exits 1. The database file must exist; it is only read.
`

const discardUsage = `Usage: interactions [--db FILE] discard

Throws away what an unfinished demo load wrote (the program was stopped
while it loaded), in one transaction, and leaves the empty database it
was before, with its settings; "demo" can then run again. A database
without an unfinished load is not changed.
`

const settingsUsage = `Usage: interactions [--db FILE] settings
       interactions [--db FILE] settings set NAME VALUE

Prints the Organizer and CRM settings kept in the database, or changes
one. The window shows a change at once when it is open on another
database file; on the same file the change is seen at its next start.

Options (yes or no):
  use-email          e-mails
  use-other          meetings, planned interactions and phone calls
  use-sms            SMS messages
  use-review         the reviewed flag and review after
  use-subjects       deals, client claims, marketing events, customer orders
  use-attributes     additional attributes
  use-contact-roles  contact person roles (CRM)

Parameters:
  current-user        the employee who is the default responsible and
                      author: a name (or an id); "" for none
  review-after-delay  default review-after delay, e.g. 1h, 90m
  meeting-length      default meeting length, 5m to 24h
  workday-start       first hour of the working day in the calendar, 0–23
  workday-end         end of the working day, after the start, up to 24
  first-weekday       monday, sunday or saturday
  outgoing-reviewed   outgoing interactions start reviewed (yes or no)
  language            system, en or ru
  reminders           desktop reminders (yes or no)
  reminder-lead       how long before a meeting its reminder comes, 0 to 24h
`

const reportUsage = `Usage: interactions [--db FILE] report calendar|partners|contacts|activity [FLAGS] --out FILE.pdf

Builds a report and prints it to a PDF file (A4, the same as the window's
Export to PDF). The database file must exist.

  calendar  the event calendar: meetings, planned and unprocessed
            interactions, order, deal and marketing event dates
  partners  partner contact information (Контактная информация партнеров)
  contacts  contact information by contact persons (Контактная информация
            по контактным лицам); needs the option "Contact person roles"
  activity  interactions by type, responsible and week or month, with a
            bar chart, read from the counters

Flags:
  --out FILE.pdf        the PDF to write (required); written whole or not at all
  --from YYYY-MM-DD     first day of the period (calendar: this month,
  --to YYYY-MM-DD       activity: the last 12 months, by default); --to is inclusive
  --partner NAME        a partner of the contact reports; repeat for several
  --group NAME          the partners of a group and its subgroups
  --kind KIND           the partners of a kind: client, supplier, competitor or other
  --role ROLE           contacts: only the contact persons holding the role
  --responsible NAME    calendar, activity: one employee only
  --by week|month       activity: the periods (default month)
  --only-unprocessed    calendar: only unreviewed interactions
  --lang ru|en          the report's language (default: the settings', else ru)
  --printed "YYYY-MM-DD HH:MM"  the date printed and written in the file,
                        for output that is the same byte for byte
`

const backupUsage = `Usage: interactions [--db FILE] backup --out FILE [--replace]

Writes a consistent copy of the database to FILE in one read
transaction; the database stays usable meanwhile. The copy is written to
a temporary file beside FILE and put in place only when complete. An
existing FILE is left alone unless --replace is given.

Flags:
  --out FILE   where the copy goes (required)
  --replace    overwrite FILE when it exists
`

const restoreUsage = `Usage: interactions [--db FILE] restore BACKUP

Replaces the database by the backup file BACKUP. The backup is copied
beside the database and the copy checked first, as "check" does (every
page, index and counter); a damaged backup restores nothing. The current
database is kept aside as FILE.before-restore-YYYYMMDD-HHMMSS, never
overwritten. The backup file itself is not changed. A database open in
the window is refused: close it first.
`

const compactUsage = `Usage: interactions [--db FILE] compact

Rewrites the database without the space it no longer uses. bbolt reuses
the pages that an upgrade, a rebuild of the indexes or deletions free, but
never gives them back, so the file keeps its largest size. compact copies
every record and index into a new file beside the database, with full
pages, checks the copy as "check" does and as many interactions as the
database, and only then puts it in the database's place. Until then the
database is not changed: a failed or interrupted compaction leaves it as
it was, and the next one removes the new file left behind. It needs free
disk space about the size of the database. A database open in the window
is refused: close it first. Prints the size before and after.
`

const exportUsage = `Usage: interactions [--db FILE] export csv --out PATH [FLAGS] [the list's filters]
       interactions [--db FILE] export vcf --out PATH [--vcard-version 4.0|3.0] [--replace]
       interactions [--db FILE] export ics --out PATH [--replace] [the list's filters]
       interactions [--db FILE] export eml --out PATH [--replace] [the list's filters]

Writes CSV (UTF-8 with a byte order mark, a header row) to PATH: the
interactions the list's filters select, newest first, or with --catalog
every partner or contact person. PATH is written whole or not at all; an
existing PATH is left alone unless --replace is given.

Flags:
  --out PATH                   the file to write (required)
  --catalog interactions|partners|persons
                               what to write (default interactions)
  --sep semicolon|comma        the field separator (default semicolon,
                               what Russian Excel reads)
  --replace                    overwrite PATH when it exists
  --type, --status, --responsible, --contact, --subject, --from, --to,
  --search, --all-types        the filters of "list" (interactions only)

Interaction columns: id,date,number,type,direction,topic,description,
contacts,subject,responsible,reviewed,review_after (dates in RFC 3339).
Partner columns: id,name,full_name,kinds,manager,group,phone,email,postal,
legal,website,other,comment. Contact person columns: id,partner,name,
position,roles,phone,email,postal,legal,website,other,birthday,comment,
inactive. A cell with several values holds one per line.

"export vcf" writes every contact person as a vCard (4.0 unless
--vcard-version 3.0): the name, the partner as ORG, the position as
TITLE, the roles as ROLE, phones, e-mails, addresses, web sites, the
birthday and the comment as NOTE.

"export ics" writes the meetings and planned interactions the list's
filters select as iCalendar events (RFC 5545): UID (stable, so that a
calendar program updates an event imported again), DTSTAMP, DTSTART and
DTEND in UTC, SUMMARY (the topic), LOCATION, DESCRIPTION and an ATTENDEE
for each contact with an e-mail address. A planned interaction without
a time is an all-day event on its date.

"export eml" writes the e-mails the list's filters select as .eml files
(RFC 5322 and MIME, what mail programs open) into the folder PATH, made
when missing, one file per e-mail named by its date and subject; or, when
PATH ends in .eml, the one e-mail selected into that file. Each holds the
addresses, the subject (RFC 2047 encoded), the date, the Message-ID and
In-Reply-To, the text and HTML bodies and the attachments. A draft is
marked "X-Unsent: 1". Exporting to the same folder again adds numbered
copies; nothing is overwritten.
`

const importUsage = `Usage: interactions [--db FILE] import csv FILE...
       interactions [--db FILE] import vcf [--partner NAME] FILE...
       interactions [--db FILE] import ics [--from YYYY-MM-DD --to YYYY-MM-DD] FILE...
       interactions [--db FILE] import eml FILE|FOLDER...
       interactions [--db FILE] import mbox FILE...

Reads partners or contact persons from CSV files written by "export csv"
or by a spreadsheet: UTF-8 with or without a byte order mark, ";" or ","
between fields (found from the header row). A file whose header has a
"partner" column holds contact persons, else partners; only "name" (and
"partner") must be there, the other columns of "export csv" may be left
out. A row with an id updates that record; a row without one updates the
record of the same name (for a contact person: at the same partner), or
adds a new one, so importing a file again doubles nothing. Managers,
groups, partners and roles are named as they are stored.

Each file is all or nothing: the first bad line stops it with a message
naming the file, the line and the column, and nothing of that file is
written; the other files are still imported. The exit code is 1 when a
file was not imported. Files larger than 64 MiB are refused.

"import vcf" reads vCard 3.0 and 4.0 files into contact persons. A card
with an e-mail address or a phone number of a stored person (phones
compared normalised: "8 (495) 123-45-67" is "+74951234567") updates that
person instead of adding another; its new phones and addresses are
added. ORG names the partner; cards without a stored ORG go to the
partner --partner names, and without --partner they stop the file.

"import ics" reads the events (VEVENT) of iCalendar files as meetings;
events "export ics" wrote from planned interactions come back as planned
interactions. Times keep their time zone (TZID from Go's time zone
database or the file's VTIMEZONE; Windows zone names too); an all-day
event is a meeting from the midnight of its first day to that after its
last. Attendees and the organizer are matched to contact persons and
partners by e-mail address, others kept as free-text contacts; an
organizer who is an employee becomes the responsible. A recurring event
(RRULE) needs a period: --from and --to (inclusive) bring each of its
occurrences in that period in as a meeting; without them the file is
refused. An event whose UID an earlier import (or "export ics" from this
database) recorded updates its meeting instead of adding another.

"import eml" reads e-mail messages (.eml files, and the .eml files of a
folder and its subfolders); "import mbox" reads mbox mailboxes, each in
one transaction. A message from an employee's address is outgoing (sent),
any other incoming; the responsible is the sending employee, else the
first employee among the recipients, else the current user. Senders and
recipients with the address of a contact person or partner are linked to
them, others kept as free-text contacts. A reply joins the chain of the
mail it answers (In-Reply-To, References). A message imported before
(the same Message-ID, or for one without it the same bytes) is not
imported again. Multipart, attachments, quoted-printable, base64, RFC
2047 headers and the charsets UTF-8, windows-1251 and KOI8-R are read;
HTML is kept as text, never shown as a page. What a messy message holds
that cannot be read (a header line that is no field, text in a wrong
charset, a part cut short) is listed under the file's line, the rest is
imported. Messages larger than 64 MiB and mailboxes larger than 1 GiB
are refused.
`
