## Session outcomes (issue 12)

outcome-title = Outcome
outcome-of = Outcome of session { $number }: { $title }
outcomes-sessions-title = Session outcomes
outcomes-of = Session outcomes of the WSIS Forum { $year }
outcomes-count = { $count ->
    [one] One session outcome has been approved.
   *[other] { $count } session outcomes have been approved.
}
outcomes-none = No session outcome has been approved yet.
outcomes-back = All session outcomes
outcome-session-page = The session's page
outcome-page-link = The outcome on its own page
outcomes-manage-link = Manage the outcomes
outcome-links = Action Lines and SDGs advanced
outcome-written-in = Written in:
outcome-form-title = Session outcome
outcome-form-of = Outcome of session { $number }: { $title }
outcome-form-intro = Report what the session achieved. Write in any of the six languages and say which below; the secretariat reviews it before it is published on the session's page and in the Outcome Document.
outcome-section-report = The report
outcome-field-language = Language of the text
outcome-language-hint = The language you write the report in.
outcome-field-summary = Summary
outcome-field-achievements = Key achievements
outcome-field-challenges = Challenges
outcome-field-trends = Emerging trends
outcome-field-recommendations = Recommendations and commitments
outcome-links-hint = Choose the Action Lines (for C7, its sub-lines) and the SDGs the session advanced, each with a short reason; for SDGs you may name targets.
outcome-section-participation = Participation
outcome-field-participants-onsite = Participants on site
outcome-field-participants-remote = Participants online
outcome-save = Save
outcome-submit = Send to the secretariat
outcome-status-missing = Not started
outcome-status-draft = Draft
outcome-status-submitted = Sent for review
outcome-status-returned = Returned for changes
outcome-status-approved = Approved
outcome-returned-comment = The secretariat asks for changes
outcome-deadline = Deadline
outcome-deadline-is = Organisers submit their outcomes by
outcome-deadline-none = No deadline set
outcome-deadline-passed-on = { $date } (passed)
outcome-deadline-field = New deadline
outcome-deadline-hint = The last day organisers may submit (the venue's date). They are reminded a week and a day before. Leave empty for none.
outcome-deadline-save = Save the deadline
outcome-revisions-link = Revisions
outcome-revisions-title = Revisions of the outcome
outcome-revisions-of = Revisions of the outcome of session { $number }: { $title }
outcome-revision-number = Revision { $version }
outcome-revision-content = What it said
outcome-back-to-form = Back to the outcome
outcome-decide = Decision
outcome-comment = Comment for the organisers
outcome-comment-hint = Required to return the outcome; e-mailed to the organisers.
outcome-approve = Approve and publish
outcome-return = Return for changes
outcome-decide-nothing = There is nothing to decide: the organisers have not sent this outcome yet.
outcomes-manage-title = Session outcomes
outcomes-manage-nav = Outcomes: follow-up
outcomes-manage-of = Session outcomes of { $year }: follow-up
outcomes-public-link = The published outcomes
outcomes-sessions = Accepted sessions
outcomes-sessions-none = No session in this list.
outcomes-filter = Show outcomes
outcomes-col-session = Session
outcomes-col-organiser = Organiser
outcomes-col-status = Outcome
outcomes-col-updated = Last change
outcome-remind-col = Remind
outcome-remind-submit = Remind the chosen organisers by e-mail
outcome-saved = The outcome has been saved.
outcome-submitted = The outcome has been sent to the secretariat.
outcome-approved = The outcome has been approved and published.
outcome-returned = The outcome has been returned to its organisers.
outcome-deadline-saved = The deadline has been saved.
outcome-reminders-sent = The reminders are on their way.

## Errors
outcome-summary-required = Write a summary of the session.
outcome-section-too-long = This text is too long (at most 4,000 characters).
rationale-required = Give a short reason for each Action Line and SDG you choose.
participants-invalid = Give a whole number from 0 to 100,000, or leave it empty.
outcome-status-invalid = Unknown outcome status.
outcome-action-invalid = Unknown action.
outcome-approved-locked = This outcome has been approved: only the secretariat can change it now.
outcome-deadline-passed = The deadline for outcomes has passed. Write to the secretariat if you still need to report.
outcome-decision-invalid = Choose to approve or to return the outcome.
outcome-decision-not-allowed = This decision is not possible for the outcome as it stands.
outcome-comment-required = Explain in a comment what the organisers should change.
outcome-not-open = Outcomes open once the edition's agenda is published.
outcome-stale = Someone else saved this outcome while you were editing it. Your text is kept below: compare it with the latest version before saving again.
outcome-remind-none = Choose at least one session whose organisers should be reminded.

## Mail
mail-outcome-subject = WSIS Forum { $year }: the outcome of session { $number }
mail-outcome-approved = The outcome of your session “{ $title }” (session { $number }) has been approved and is now published.
mail-outcome-returned = The secretariat has returned the outcome of your session “{ $title }” (session { $number }) for changes. Their comment:
mail-outcome-reminder-subject = WSIS Forum { $year }: reminder, the outcome of session { $number }
mail-outcome-reminder = { $dated ->
    [yes] Please submit the outcome of your session “{ $title }” (session { $number }) by { $due }.
   *[no] Please submit the outcome of your session “{ $title }” (session { $number }).
}

## The WSIS–SDG Matrix
matrix-title = WSIS–SDG Matrix
matrix-intro = How each WSIS Action Line supports the Sustainable Development Goals: the links its facilitators record, with their rationale, and how many forum sessions, session outcomes and stocktaking activities make each link.
matrix-year = Year
matrix-all-years = All years
matrix-show = Show
matrix-links-count = { $count ->
    [one] One link recorded by the facilitators
   *[other] { $count } links recorded by the facilitators
}
matrix-json = Open data (JSON)
matrix-csv = Open data (CSV)
matrix-edit-link = Edit the links of your Action Lines
matrix-facilitators-title = Who keeps which Action Line
matrix-legend = Each cell counts the published sessions, approved session outcomes and stocktaking activities linked to both; the darker, the more. A dot marks a link recorded by the facilitators. Choose a cell for its rationale and what makes it.
matrix-caption = Action Lines (rows) and Sustainable Development Goals (columns)
matrix-linked = linked by the facilitators
matrix-back = Back to the matrix
matrix-cell-title = { $line } and SDG { $goal }
matrix-link = The facilitators' link
matrix-targets = Targets
matrix-no-link = The facilitators have not recorded this link.
matrix-updated = Last changed by { $name } on { $date }.
matrix-history = History of the links
matrix-session = WSIS Forum { $year }, session { $number }
matrix-sessions = { $count ->
    [one] One session
   *[other] { $count } sessions
}
matrix-outcomes = { $count ->
    [one] One session outcome
   *[other] { $count } session outcomes
}
matrix-entries = Stocktaking activities
matrix-entries-count = { $count ->
    [0] No published activity
    [one] One published activity
   *[other] { $count } published activities
}
matrix-history-of = History of the links of { $line }
matrix-history-none = No change has been recorded yet.
matrix-col-when = When
matrix-col-who = Who
matrix-col-goal = Goal
matrix-col-rationale = Rationale
matrix-removed = Link removed
matrix-edit-of = Links of { $line } to the SDGs
matrix-edit-intro = For each goal the Action Line supports, give the rationale and, if you wish, the targets. Empty both to remove a link. Every change is kept in the history.
matrix-save = Save the links
matrix-facilitators-intro = Facilitator accounts keep the matrix links of the Action Lines given to them here (an account given C7 keeps all its sub-lines).
matrix-facilitators-none = No account keeps an Action Line yet.
matrix-facilitator-add = Give an Action Line to a facilitator
matrix-saved = The links have been saved.
matrix-facilitator-added = The facilitator now keeps this Action Line.
matrix-facilitator-removed = The facilitator no longer keeps this Action Line.
matrix-rationale-required = Give the rationale of this link (or empty the targets to remove it).
matrix-rationale-too-long = The rationale is too long (at most 1,500 characters).
matrix-stale = Someone changed these links while you were editing them. Your text is kept below: check the history, then save again.
matrix-facilitator-unknown = No facilitator account has this address (give the account the facilitator role first).
matrix-year-invalid = Give a year as a number.
stats-heat-cell = { $line } × SDG { $goal }: { $count }

## Action Line facilitation meetings
meetings-title = Action Line facilitation meetings
meetings-of = Action Line facilitation meetings at the WSIS Forum { $year }
meetings-back = Back to the forum
meetings-intro = The facilitators of each Action Line meet at the forum; here is what they recorded of their meeting: key priorities, opportunities and challenges.
meeting-not-recorded = not recorded yet
meetings-all = All facilitation meetings
meeting-of = Facilitation meeting of { $line }, WSIS Forum { $year }
meeting-not-recorded-long = The facilitators have not recorded this meeting yet.
meeting-edit = Record the meeting
meeting-priorities = Key priorities
meeting-opportunities = Opportunities
meeting-challenges = Challenges
meeting-save = Save the record
meeting-saved = The meeting record has been saved.
meeting-stale = Someone saved this record while you were editing it. Your text is kept below: compare it with the saved record before saving again.
meeting-priorities-required = Write the meeting's key priorities.
meeting-text-too-long = This text is too long (at most 6,000 characters).

## Photos of outcomes
outcome-photos = Photos
outcome-photos-of = Photos of the outcome of session { $number }: { $title }
outcome-photos-intro = Up to five photos of the session (JPEG, PNG or WebP, at most 8 MB each), each with a text that says what it shows for people who cannot see it. They are published with the outcome.
outcome-photo-limit = This outcome has its five photos: remove one to add another.

## The High-Level Track (issue 12, item 2)
outcome-field-vision = Vision
outcome-field-opportunities = Opportunities
outcome-vision-required = Write the session's vision.
hlt-links-hint = You may name the Action Lines and SDGs the session spoke to, each with a short reason.
hlt-link = High-Level Track: outcomes and executive brief
hlt-title = High-Level Track
hlt-title-of = High-Level Track of the WSIS Forum { $year }: outcomes and executive brief
hlt-intro = The High-Level Policy Sessions, each moderated by High-Level Track Facilitators from the stakeholder groups, with the vision, emerging trends, opportunities and challenges they captured, the statements of their high-level speakers, and the Chair's executive summary.
hlt-summary = Chair's executive summary
hlt-summary-of = Chair's executive summary of the WSIS Forum { $year }
hlt-summary-edit = Write the Chair's executive summary
hlt-summary-none = The Chair's executive summary has not been published yet.
hlt-summary-chair = Chair
hlt-summary-chair-hint = Name and function, as they should appear in the brief.
hlt-summary-body = Executive summary
hlt-summary-body-hint = Paragraphs separated by a blank line; Markdown lists and links are kept.
hlt-summary-save = Save the summary
hlt-summary-saved = The Chair's executive summary is saved.
hlt-sessions = High-Level Policy Sessions
hlt-sessions-none = This edition has no accepted High-Level Policy Session.
hlt-session-heading = Session { $number }: { $title }
hlt-outcome-none = The facilitators' outcome of this session has not been approved yet.
hlt-write-outcome = Outcome form
hlt-facilitators = Facilitators
hlt-facilitator-of = { $name } ({ $stakeholder })
hlt-facilitators-of = Facilitators of session { $number }: { $title }
hlt-facilitators-intro = One High-Level Track Facilitator per stakeholder group: give the e-mail address of their account (they sign up first). Facilitators write the session's outcome and add its speakers' statements. Leave a field empty to have no facilitator for that group.
hlt-facilitator-email = E-mail address of the facilitator's account
hlt-facilitators-save = Save the facilitators
hlt-facilitators-saved = The facilitators are saved.
hlt-back = Back to the High-Level Track
hlt-statements = Statements
hlt-statements-of = Statements of session { $number }: { $title }
hlt-statements-intro = The statements of the session's high-level speakers: the text, a PDF, or both. They are public on the High-Level Track page.
hlt-statements-none = No statement yet.
hlt-statement-add = Add the statement
hlt-statement-speaker = Speaker
hlt-statement-position = Function
hlt-statement-position-hint = For example: Minister of Posts and Telecommunications, Bangladesh.
hlt-statement-body = Text of the statement
hlt-statement-body-hint = Required unless you attach the statement as a PDF.
hlt-statement-pdf = Statement as PDF (optional)
hlt-statement-pdf-hint = A PDF file of at most 10 MB.
hlt-statement-read = Read the statement
hlt-statement-read-pdf = Statement (PDF)
hlt-statement-remove = Remove
hlt-statement-added = The statement is added.
hlt-statement-removed = The statement is removed.
statement-speaker-required = Give the speaker's name.
statement-body-required = Write the statement's text or attach it as a PDF.
statement-too-long = The statement is too long (at most 20,000 characters).
statement-pdf-too-large = The PDF is too large (at most 10 MB).
statement-pdf-invalid = This file is not a PDF.
statement-limit = This session has as many statements as it may hold (60).
summary-chair-required = Name the Chair.
summary-body-required = Write the executive summary.
summary-too-long = The summary is too long (at most 30,000 characters).
summary-stale = Someone else saved the summary while you were editing it. Your text is kept below: compare it with the latest version before saving again.
facilitator-unknown = No account has this e-mail address: the facilitator signs up first.

## Compiled outcome documents (issue 12, item 5)
pub-summit = World Summit on the Information Society
pub-contents = Contents
pub-page-prefix = p.{"\u00A0"}
pub-page-suffix = {""}
pub-title-outcome = WSIS Forum { $year }: Outcome Document
pub-title-hlt = WSIS Forum { $year }: High-Level Track Outcomes and Executive Brief
pub-title-action-lines = WSIS Forum { $year }: Report on the WSIS Action Lines
pub-title-matrix = The WSIS Forum { $year } and the SDG Matrix
pub-theme = Theme: { $theme }
pub-dates = { $venue }, { $start } – { $end }
pub-introduction = Introduction
pub-intro-outcome = This document compiles the outcomes of the sessions of the WSIS Forum { $year } as their organisers submitted them and the secretariat approved them: { $count ->
    [one] one session,
   *[other] { $count } sessions,
} grouped by session type. Each outcome is published in the language it was written in; the indexes at the end list the sessions by WSIS Action Line and by Sustainable Development Goal.
pub-participation = Participation
pub-participants-total = Registered participants
pub-participants-checked-in = Participants checked in on site
pub-countries = Countries and areas
pub-category = Category
pub-count = Number
pub-consultation = Open consultation process
pub-consultation-intro = The agenda of the WSIS Forum { $year } was built with all stakeholders through an open consultation process, in the following phases.
pub-consultation-none = No phase of the open consultation has been recorded.
pub-phase = Phase
pub-period = Dates
pub-outcomes = Session outcomes
pub-organisers = Organisers
pub-index-al = Index by WSIS Action Line
pub-index-sdg = Index by Sustainable Development Goal
pub-goal = SDG { $goal }: { $name }
pub-intro-hlt = The High-Level Policy Sessions of the WSIS Forum { $year }, each moderated by High-Level Track Facilitators from the stakeholder groups, with the vision, emerging trends, opportunities and challenges they captured and the statements of their high-level speakers.
pub-statement-pdf-only = Statement published as PDF on the High-Level Track page.
pub-intro-action-lines = For each WSIS Action Line: the priorities, opportunities and challenges recorded at its facilitation meeting during the WSIS Forum { $year }, then what the sessions whose approved outcome names it reported.
pub-meeting = Facilitation meeting
pub-al-sessions = What the sessions reported
pub-al-sessions-none = No approved session outcome names this Action Line.
pub-al-reason = How the session advanced it
pub-intro-matrix = How each WSIS Action Line supports the Sustainable Development Goals at the WSIS Forum { $year }: the links its facilitators record, with their rationale, and how many of the edition's sessions, approved session outcomes and the year's published stocktaking activities make each link.
pub-sdg-short = SDG
pub-matrix-legend = Each cell counts the sessions, approved session outcomes and stocktaking activities linked to both the Action Line and the Goal; the darker, the more.
pub-matrix-none = Nothing links this Action Line to a Goal yet.
pub-col-sessions = Sessions
pub-col-outcomes = Outcomes
pub-documents = Outcome documents
pub-documents-of = Outcome documents of the WSIS Forum { $year }
pub-documents-intro = Compiled from the approved session outcomes, the High-Level Track, the facilitation meetings and the WSIS–SDG Matrix. Each document is set in the language you choose; every outcome stays in the language it was written in. A document is compiled when first asked for and kept until what it reads changes.
pub-documents-link = Compiled outcome documents (PDF and web page)
pub-document-pdf = PDF
pub-document-html = Web page

## Search of the session outcomes (issue 12, item 6)
outcome-search-title = Search the session outcomes
outcome-search-intro = What the sessions of every WSIS Forum reported, as their organisers wrote it and the secretariat approved it. Search in any of the six languages and narrow down by Action Line, Goal, edition, session type and language.
outcome-search-label = Words to find
outcome-search-any = Any
outcome-search-year = Edition
outcome-search-type = Session type
outcome-search-forum = WSIS Forum { $year }
outcome-search-count = { $count ->
    [0] No outcome found.
    [one] One outcome found.
   *[other] { $count } outcomes found.
}
outcome-search-link = Search the session outcomes
outcome-search-page-invalid = The page must be a whole number from 1 to 100.
outcome-search-value-invalid = This value does not exist: choose one from the list.
outcome-search-too-many-filters = Too many filters: at most 20.
outcome-search-hint = Outcomes with all your words are found; OR between two words finds either. Put a phrase in "quotes"; a word after a minus sign (-word) leaves out the outcomes that have it.
