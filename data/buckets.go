package data

// The bucket registry: every bucket of the database, declared once.
var (
	// bucketMeta holds the schema version and the settings.
	bucketMeta = []byte("meta")

	// Catalogs and documents: 8-byte big-endian id → JSON record.
	bucketEmployees    = []byte("employees")
	bucketGroups       = []byte("partner_groups")
	bucketPartners     = []byte("partners")
	bucketRoles        = []byte("roles")
	bucketPersons      = []byte("persons")
	bucketDeals        = []byte("deals")
	bucketClaims       = []byte("claims")
	bucketEvents       = []byte("events")
	bucketOrders       = []byte("orders")
	bucketAttrs        = []byte("attributes")
	bucketInteractions = []byte("interactions")
	// bucketBlobs holds e-mail attachment bytes: id → bytes.
	bucketBlobs = []byte("blobs")
	// bucketFilters holds saved filters (закладки): id → JSON.
	bucketFilters = []byte("saved_filters")
	// bucketFreeContacts names free-text contacts: ref id → name.
	bucketFreeContacts = []byte("free_contacts")
	// bucketImportKeys: source | 0 | key → interaction id, the keys imported
	// interactions are known by in their source (an iCalendar UID). Made by
	// the first import that records a key; a file without it has none.
	bucketImportKeys = []byte("import_keys")

	// Secondary indexes. A date key is inverted time | id, so that keys sort
	// newest first; every index below ends with a date key. The lists
	// marked "packed" keep the date keys under one prefix in blocks:
	// prefix | first date key → the block's date keys (packed_list.go).
	// ixDate: date key → row summary (every interaction, deleted too).
	ixDate = []byte("ix_date")
	// ixType: type | date key → ∅, packed.
	ixType = []byte("ix_type")
	// ixResponsible: employee id | date key → ∅, packed.
	ixResponsible = []byte("ix_responsible")
	// ixContact: contact ref | date key → ∅ (a person's partner too), packed.
	ixContact = []byte("ix_contact")
	// ixSubject: subject ref | date key → ∅, packed.
	ixSubject = []byte("ix_subject")
	// ixStatus: reviewed (0/1) | date key → ∅ for the reviewed, packed; for
	// the unreviewed, the fields their status groupings read (statusValue).
	ixStatus = []byte("ix_status")
	// ixReviewAfter: time | id → date key, unreviewed interactions with a review-after time.
	ixReviewAfter = []byte("ix_review_after")
	// ixAttr: attribute id | value length | value key | date key → ∅, packed.
	ixAttr = []byte("ix_attr")
	// ixDeleted: date key → ∅, the interactions marked for deletion.
	ixDeleted = []byte("ix_deleted")
	// ixText: word | 0 | first date key → the block's date keys, packed (postings_codec.go); the text search postings.
	ixText = []byte("ix_text")
	// ixTextDoc: id / 32 → the numbers of the words of those interactions (text_docs.go).
	ixTextDoc = []byte("ix_text_doc")
	// ixVocab: word → how many interactions hold it (uint64) and its number (uint32).
	ixVocab = []byte("ix_vocab")
	// bucketCounters: dimension | key → total uv, unreviewed sv, last date
	// (8 bytes; counters.go).
	bucketCounters = []byte("counters")
	// ixActiveSubjects: subject ref → 1, the deals, claims, events and
	// orders whose Active flag is set.
	ixActiveSubjects = []byte("ix_active_subjects")
	// ixSubjectsByLast: class | inverted last date | subject ref → the
	// subject's counter; class 0 active subjects, 1 inactive, 2 chains. It
	// lists subjects newest activity first without a sort.
	ixSubjectsByLast = []byte("ix_subjects_by_last")
	// ixMessageID: 0 | hash of an e-mail's Message-ID (MessageIDOf) | id uv
	// → ∅, and 1 | hash of its In-Reply-To | id uv → ∅ (8 bytes of SHA-256: a
	// lookup checks the record, mail_store.go): the mail
	// imported already, the mail a message answers, and the answers to it.
	ixMessageID = []byte("ix_message_id")
)

// recordBuckets are the buckets of schema version 1.
var recordBuckets = [][]byte{
	bucketMeta, bucketEmployees, bucketGroups, bucketPartners, bucketRoles, bucketPersons,
	bucketDeals, bucketClaims, bucketEvents, bucketOrders, bucketAttrs, bucketInteractions,
	bucketBlobs, bucketFilters,
}

// derivedBuckets are rebuilt from the records: indexes and counters.
var derivedBuckets = [][]byte{
	bucketFreeContacts, ixDate, ixType, ixResponsible, ixContact, ixSubject, ixStatus,
	ixReviewAfter, ixAttr, ixDeleted, ixText, ixTextDoc, ixVocab, bucketCounters, ixActiveSubjects,
	ixSubjectsByLast, ixMessageID, ixChainTopics, ixNames, ixOpenChains, ixNameKeys,
}
