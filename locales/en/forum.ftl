# The WSIS Forum: editions, agenda, exports, schedule editor.

forum-no-editions = No forum edition has been announced yet.
forum-edition-name = WSIS Forum { $year }
forum-dates = Dates
forum-venue = Venue
forum-sessions = Sessions
forum-about = About the forum
forum-news = News
forum-consultation = Open consultation process
forum-phase-current = Now
forum-phase-until = { $start } – { $end }
forum-partners = Partners
forum-partner-tier-gold-plus = Gold plus partners
forum-partner-tier-gold = Gold partners
forum-partner-tier-specific = Partners for specific activities
forum-partner-tier-contributing = Contributing partners
forum-partner-tier-supporting = Supporting partners
forum-open-data = Agenda as open data
forum-back-to-edition = Back to the forum
forum-not-published = The agenda has not been published yet.
forum-agenda-title = Agenda
forum-agenda-of = Agenda of the WSIS Forum { $year }
forum-agenda-nav = Agenda views
forum-agenda-by-day = By day
forum-agenda-grid = Grid of rooms and times
forum-grid-title = Agenda grid
forum-grid-of = Agenda grid of the WSIS Forum { $year }
forum-all-title = Whole agenda
forum-all-of = Whole agenda of the WSIS Forum { $year }
forum-speakers-title = Speakers
forum-speakers-of = Speakers of the WSIS Forum { $year }
forum-speaker-count = { $count ->
    [one] { $count } speaker
   *[other] { $count } speakers
}
forum-changes-title = Changes
forum-changes-of = Changes to the agenda of the WSIS Forum { $year }
forum-version = Version { $number }
forum-version-first = First published version.
forum-change-added = Session { $number } added: { $title }
forum-change-removed = Session { $number } removed: { $title }
forum-change-retitled = Session { $number } renamed from “{ $from }” to “{ $to }”
forum-change-moved = Session { $number } ({ $title }) moved from { $from } to { $to }
forum-change-speakers = Session { $number } ({ $title }): speakers changed
forum-mine-title = My agenda
forum-mine-of = My agenda for the WSIS Forum { $year }
forum-mine-account = Your choices are kept in your account.
forum-mine-browser = Your choices are kept in this browser only. Sign in to keep them in your account.
forum-mine-feed = Subscribe to my agenda (iCalendar)
forum-mine-empty = You have not chosen any session yet. Use “Add to my agenda” on the sessions you want to attend.
forum-pick = Add to my agenda
forum-unpick = Remove from my agenda
forum-times-in-venue-zone = Times are shown in the forum’s time zone ({ $zone }).
forum-times-in-zone = Times are shown in the time zone { $zone }.
forum-zone-unknown = This time zone is unknown; times are shown in the forum’s time zone.
forum-use-my-zone = Show times in my time zone
forum-change-zone = Choose a time zone
forum-zone-label = Time zone
forum-zone-hint = An IANA time zone name, such as Africa/Nairobi or America/New_York.
forum-zone-submit = Show times
forum-days = Days of the forum
forum-filters = Filter the agenda
forum-filter-type = Session type
forum-filter-action-line = Action Line
forum-filter-sdg = Sustainable Development Goal
forum-filter-language = Language
forum-filter-access = Accessibility
forum-filter-any = Any
forum-filter-submit = Filter
forum-no-sessions = No session matches these filters on this day.
forum-session-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
forum-time = Time
forum-access-captioning = Captioning
forum-access-interpretation = Interpretation
forum-access-sign-language = Sign language
forum-access-remote = Remote participation
forum-access-step-free = Step-free access
forum-room-capacity = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
forum-room-interpretation = Interpretation booths
forum-room-captioning = Captioning
forum-room-step-free = Step-free access
forum-room-feed = This room’s sessions in your calendar (iCalendar)
forum-back-to-agenda = Back to the agenda
forum-session-number = Session number
forum-session-type = Type
forum-session-when = When
forum-venue-time = { $time } at the venue
forum-session-room = Room
forum-session-languages = Languages
forum-session-access = Accessibility
forum-session-remote = Remote participation
forum-session-join = Join remotely
forum-add-to-calendar = Add to my calendar (iCalendar)
forum-session-abstract = About the session
forum-session-organisers = Organisers
forum-session-speakers = Speakers
forum-session-links = Action Lines and SDGs
forum-session-documents = Documents

speaker-role-moderator = Moderator
speaker-role-keynote = Keynote speaker
speaker-role-panellist = Panellist
speaker-role-speaker = Speaker
speaker-role-rapporteur = Rapporteur
speaker-role-high-level-facilitator = High-Level Track Facilitator

session-type-opening = Opening ceremony
session-type-high-level-policy = High-Level Policy Session
session-type-ministerial-round-table = Ministerial Round Table
session-type-prize-ceremony = WSIS Prizes ceremony
session-type-high-level-dialogue = High-Level Dialogue
session-type-action-line-facilitation = Action Line Facilitation Meeting
session-type-thematic-workshop = Thematic Workshop
session-type-country-workshop = Country Workshop
session-type-interactive = Interactive Session
session-type-information = Information Session
session-type-knowledge-cafe = Knowledge Café
session-type-open-space = Open-space talk
session-type-hackathon = Hackathon
session-type-exhibition = Exhibition
session-type-accessibility = Accessibility Day session

conflict-impossible-slot = The session ends before it starts or lasts more than 12 hours.
conflict-unknown-room = The room does not exist in this edition.
conflict-room-double-booked = Two sessions are in the same room at the same time.
conflict-speaker-double-booked = A speaker is in two sessions at the same time.
conflict-speaker-unavailable = A speaker is not available at that time.
conflict-outside-forum-days = The session is outside the days of the forum.
conflict-outside-room-hours = The session is outside the room’s opening hours.
conflict-room-too-small = The room is too small for the expected audience.
conflict-no-captioning = The session needs captioning and the room has none.
conflict-no-interpretation = The session needs interpretation and the room has no booths.

# The call for sessions and the secretariat's review.
forum-propose-title = Propose a session
forum-propose-of = Propose a session for the WSIS Forum { $year }
forum-propose-intro = Propose a session for the forum: the secretariat reviews every proposal and may accept it, decline it, ask for changes or merge it with a similar one. Each speaker gets an e-mail asking them to confirm.
forum-propose-submit = Send the proposal
forum-proposals-closed = The call for sessions is closed.
forum-field-type = Session type
forum-field-title = Title
forum-field-abstract = Abstract
forum-field-abstract-hint = Up to 5,000 characters. Markdown is allowed: *emphasis*, lists, links.
forum-field-organisers = Organisers
forum-field-organisers-hint = One organising entity per line.
forum-field-audience = Expected audience (people)
forum-field-action-lines = Action Lines
forum-field-sdgs = Sustainable Development Goals
forum-field-languages = Languages of the session
forum-field-needs = Needs and remote participation
forum-field-speakers = Speakers
forum-field-speakers-hint = Name, organisation, e-mail and role of each speaker; leave unused rows empty.
forum-speaker-name = Name of speaker
forum-speaker-organisation = Organisation of speaker
forum-speaker-email = E-mail of speaker
forum-speaker-role = Role of speaker
forum-speaker-is-confirmed = confirmed
forum-speaker-not-confirmed = not yet confirmed
forum-proposals-title = My session proposals
forum-proposals-none = No proposal yet.
forum-proposal-edit = Edit the proposal
forum-proposal-sent = Your proposal has been sent to the secretariat.
forum-proposal-saved = Your changes have been saved and sent to the secretariat.
forum-proposal-not-editable = This proposal can no longer be edited.
forum-proposal-stale = Someone changed this proposal meanwhile. Reload it, then make your changes again.
forum-speaker-confirm-title = Confirm your participation as a speaker
forum-speaker-confirm-text = You have been proposed as a speaker of a session of the WSIS Forum. Confirm that you will take part.
forum-speaker-confirm-submit = I confirm
forum-speaker-confirmed = Thank you: your participation is confirmed.
forum-speaker-token-invalid = This confirmation link is not valid.
forum-review-title = Session proposals
forum-review-of = Session proposals for the WSIS Forum { $year }
forum-review-filter = Proposals by status
forum-review-decide = Decide
forum-review-action = Decision
forum-review-accept = Accept
forum-review-request-changes = Ask for changes
forum-review-decline = Decline
forum-review-comment = Comment for the proposer
forum-review-submit = Record the decision
forum-review-comment-required = Explain the decision to the proposer in a comment.
forum-review-comment-too-long = The comment is too long (at most 5,000 characters).
forum-merge-into = Merge into the proposal
forum-merge-submit = Merge
forum-merge-target-invalid = Choose another open proposal of the same forum to merge into.
forum-publish-blocked = The schedule cannot be published: a session has an impossible slot or an unknown room.
forum-publish-stale = Another version of the schedule was published meanwhile. Reload the schedule, then publish again.
session-status-proposed = Proposed
session-status-changes-requested = Changes requested
session-status-accepted = Accepted
session-status-declined = Declined
session-status-merged = Merged into another proposal
session-type-invalid = Choose one of the session types.
session-type-code-invalid = Use 2 to 40 lowercase letters, digits or hyphens.
abstract-required = Describe the session in an abstract.
abstract-too-long = The abstract is too long (at most 5,000 characters).
organisers-required = Name at least one organiser.
organisers-too-long = At most 20 organisers, each up to 200 characters.
speaker-name-required = Give the name of each speaker.
speaker-organisation-required = Give the organisation of each speaker.
speaker-too-long = A speaker's name or organisation is too long.
speaker-email-invalid = Give a valid e-mail address for each speaker.
speaker-role-invalid = Choose a role for each speaker.
speaker-duplicate = The same speaker is listed twice.
speakers-too-many = At most 20 speakers.
session-languages-required = Choose at least one language.
expected-audience-invalid = Give the expected audience as a number from 0 to 10,000.
review-action-invalid = Choose a decision.
session-review-not-allowed = This decision is not possible for a proposal in this state.
track-invalid = Choose a track.
time-invalid = Give a time as HH:MM.
attendance-mode-invalid = Choose on site or remote.
sessions-invalid = Give session numbers separated by commas.
mail-speaker-subject = WSIS Forum: please confirm that you will speak in a session
mail-speaker-invited = You have been proposed as { $role } of the session “{ $title }”. Please confirm your participation with this link:
mail-proposal-accepted = Your session proposal “{ $title }” has been accepted. The secretariat will place it in the agenda.
mail-proposal-declined = Your session proposal “{ $title }” has been declined. The secretariat's comment:
mail-proposal-changes = The secretariat asks for changes to your session proposal “{ $title }”. Their comment:

# The schedule editor.
forum-schedule-title = Schedule editor
forum-schedule-of = Schedule editor of the WSIS Forum { $year }
forum-schedule-publish = Publish the schedule
forum-schedule-never-published = The schedule has not been published yet.
forum-schedule-published-version = The public agenda shows version { $number }.
forum-schedule-note = Note for the change log
forum-schedule-publish-submit = Publish as a new version
forum-schedule-conflicts = { $count ->
    [one] { $count } conflict
   *[other] { $count } conflicts
}
forum-schedule-no-conflicts = No conflict in the working schedule.
forum-schedule-sessions = Accepted sessions
forum-schedule-unplaced = Not yet placed
forum-schedule-unplaced-count = Not yet placed ({ $count })
forum-schedule-has-conflict = in conflict
forum-schedule-date = Day
forum-schedule-start = Start (HH:MM)
forum-schedule-end = End (HH:MM)
forum-schedule-place = Place
forum-schedule-unplace = Take off the schedule
forum-schedule-place-anyway = Place it anyway
forum-schedule-date-invalid = Choose one of the forum's days.
forum-schedule-blocked = This slot cannot be used.
forum-schedule-confirm-conflicts = This placement causes the conflicts below. Place it anyway, or choose another slot.
forum-schedule-stale = Someone changed this session meanwhile. Reload the schedule and try again.
forum-manage-schedule = Schedule editor
forum-manage-proposals = Session proposals

# Registration, check-in and participation.
forum-register-title = Register
forum-register-of = Register for the WSIS Forum { $year }
forum-register-intro = Register to take part on site in Geneva or remotely. Staff of member states, UN agencies and ITU members who register with their organisation's e-mail address are accredited at once; other registrations are approved by the secretariat. An on-site place is yours once your registration is approved.
forum-register-mode = Participation
forum-register-category = Participant category
forum-register-category-hint = Member states, UN agencies and ITU members are accredited at once when you signed up with your organisation's e-mail address; otherwise, and for other categories, the secretariat approves the registration.
forum-register-accessibility = Accessibility needs
forum-register-accessibility-hint = For example: step-free access, sign language, captioning, a seat near the front.
forum-register-consent = I agree that the secretariat keeps these data to organise the forum and its statistics.
forum-register-submit = Register
forum-register-badge = Your badge
forum-register-badge-text = Show this code at the entrance; the staff scan or type it.
forum-registrations-title = Registrations
forum-registrations-of = Registrations for the WSIS Forum { $year }
forum-registrations-none = No registration matches these filters.
forum-registration-approve = Approve
forum-registration-decline = Decline
forum-check-in-title = Check-in
forum-check-in-of = Check-in at the WSIS Forum { $year }
forum-check-in-code = Badge code or name
forum-check-in-hint = Scan the QR code of the badge, type the code printed under it, or type part of the name, e-mail address or organisation.
forum-check-in-submit = Check in
forum-participation-title = Participation
forum-participation-of = Participation in the WSIS Forum { $year }
forum-participation-total = { $count ->
    [one] { $count } registered participant from { $countries ->
        [one] { $countries } country or area
       *[other] { $countries } countries and areas
    }
   *[other] { $count } registered participants from { $countries ->
        [one] { $countries } country or area
       *[other] { $countries } countries and areas
    }
}
forum-participation-by-mode = Participants on site and remote
forum-participation-by-stakeholder = Participants by stakeholder type
forum-participation-by-region = Participants by region
forum-participation-by-country = Participants by country or area (the 30 largest of { $count })
forum-participation-other-region = Other
forum-participants = Participants
attendance-on-site = On site
attendance-remote = Remote
registration-category-member-state = Member state
registration-category-un-agency = UN agency
registration-category-itu-member = ITU member
registration-category-ngo = Non-governmental organization
registration-category-business = Business
registration-category-academia = Academia
registration-category-media = Media
registration-category-individual = Individual
registration-status-pending = Your registration is waiting for the secretariat’s approval.
registration-status-approved = Your registration is approved.
registration-status-declined = Your registration has been declined.
registration-category-invalid = Choose a participant category.
registration-status-invalid = Choose approve or decline.
registration-consent-required = Agree to the processing of your data to register.
registration-full = The forum is full on site. You can still register to take part remotely.
registration-full-on-approval = No on-site place is left: the approved registrations fill the forum's capacity. Decline this one, or raise the capacity of the edition first.
accreditation-heading = Accreditation by e-mail domain
accreditation-domains-hint = One domain per line, such as gov.ke. A registration in this category is approved at once only when the person's e-mail address is of one of these domains (or a subdomain); any other waits for your approval.
accreditation-domain-invalid = Enter domain names only, one per line, such as gov.ke.
accreditation-too-many = List at most 100 domains for a category.
registration-already-decided = This registration has already been decided.
accessibility-too-long = The accessibility needs are too long (at most 1,000 characters).
check-in-unknown = This code belongs to no registration of this forum.
check-in-not-approved = The registration of { $name } is not approved.
check-in-already = { $name } already checked in ({ $time }).
check-in-welcome = Welcome, { $name } ({ $title }).
mail-registration-subject = WSIS Forum { $year }: your registration
mail-registration-approved = Your registration for the WSIS Forum { $year } is confirmed. Your badge code:
mail-registration-pending = We have received your registration for the WSIS Forum { $year }. The secretariat will confirm it by e-mail.
mail-registration-declined = Your registration for the WSIS Forum { $year } has been declined.
forum-manage-registrations = Registrations
forum-manage-check-in = Check-in
forum-register-badge-pdf = Download your badge (PDF)
registration-badge-not-approved = Your badge is available once your registration is approved.

## The secretariat's editors of a forum
forum-manage-nav = Forum settings
forum-manage-settings = Forum settings
forum-manage-title-edition = Edition details
forum-manage-tab-edition = Edition
forum-manage-tab-rooms = Rooms
forum-manage-tab-phases = Consultation phases
forum-manage-tab-partners = Partners
forum-manage-tab-pages = Website pages
forum-manage-tab-types = Session types
forum-manage-tab-editions = Editions
forum-manage-saved = Saved.
forum-manage-removed = Removed.
forum-manage-actions = Actions
forum-manage-edit = Edit { $name }
forum-manage-remove = Remove { $name }
forum-manage-save = Save
forum-manage-add = Add
forum-manage-write = Write the page
forum-manage-empty = Nothing here yet.
forum-manage-yes = Yes
forum-manage-no = No
forum-manage-hours = Opening hours
forum-manage-add-room = Add a room
forum-manage-add-phase = Add a phase
forum-manage-add-partner = Add a partner
forum-manage-add-type = Add a session type
forum-manage-new-edition = Create an edition
forum-manage-new-page = Write a new page
forum-manage-pages-caption = Pages in each language
forum-manage-missing = Not written yet
forum-manage-builtin = Built in
forum-manage-custom = Added by the secretariat
forum-manage-origin = Origin
forum-field-in-language = { $field } ({ $name })
forum-field-year = Year
forum-field-theme = Theme
forum-field-starts-on = First day
forum-field-ends-on = Last day
forum-field-venue = Venue
forum-field-time-zone = Time zone
forum-field-time-zone-hint = The venue's time zone by its IANA name, such as Europe/Zurich.
forum-field-capacity = On-site capacity
forum-field-proposals-open = Call for sessions
forum-proposals-open-yes = Open
forum-proposals-open-no = Closed
forum-field-room-code = Code
forum-field-room-code-hint = Letters, digits and hyphens; used in the room's address.
forum-field-room-name = Name
forum-field-room-capacity = Seats
forum-field-room-features = Features
forum-room-feature-interpretation = Interpretation booths
forum-room-feature-captioning = Captioning
forum-room-feature-step-free = Step-free access
forum-field-opens = Opens at
forum-field-closes = Closes at
forum-field-clock-hint = Local time as HH:MM.
forum-field-phase-title = Title
forum-field-phase-starts = Starts on
forum-field-phase-ends = Ends on (optional)
forum-field-tier = Tier
forum-field-partner-name = Name
forum-field-partner-url = Website
forum-field-page-slug = Page address
forum-field-page-slug-hint = Lowercase letters, digits and hyphens, such as about or news.
forum-field-page-language = Language
forum-field-page-title = Title
forum-field-page-body = Text
forum-field-page-body-hint = Markdown: headings, lists, links and emphasis. Scripts and raw HTML are removed.
forum-field-type-code = Code
forum-field-type-code-hint = Lowercase letters, digits and hyphens, such as youth-forum.
forum-field-track = Track
forum-field-type-name = Name
forum-track-high-level = High-Level Track
forum-track-forum = Forum Track
forum-text-required = Fill in this field.
forum-text-too-long = This text is too long.
forum-choice-invalid = Choose one of the options.
forum-number-required = Enter a number.
forum-number-invalid = Enter a whole number in the allowed range.
forum-date-required = Enter a date like 2019-04-08.
forum-url-required = Enter the web address.
forum-ends-before-start = The end comes before the start.
forum-too-long = A forum lasts at most 14 days.
forum-time-zone-invalid = Enter a time zone name such as Europe/Zurich.
forum-year-invalid = Enter a year between 2003 and 2100.
forum-year-taken = There is already an edition for this year.
room-code-invalid = Use only letters, digits and hyphens, at most 20.
room-code-taken = Another room of this edition has this code.
room-closes-before-opens = The room must close after it opens.
page-slug-invalid = Use only lowercase letters, digits and hyphens, at most 40.
session-type-taken = This code is already used by another session type.
forum-availability-title = Your availability during the forum
forum-availability-text = Tell the secretariat when you can speak, so that your sessions are not scheduled when you are away. You can change this later from the link in your e-mail.
forum-availability-legend = Each day of the forum (venue time)
forum-availability-all = Available all day
forum-availability-morning = Morning only (until 13:00)
forum-availability-afternoon = Afternoon only (from 13:00)
forum-availability-none = Not available
forum-availability-saved = Your availability is saved.
forum-availability-invalid = Choose one of the options for every day.
forum-documents-title = Session documents
forum-documents-of = Documents of “{ $title }”
forum-documents-none = No documents yet.
forum-proposal-documents = Documents
forum-document-remove = Remove
forum-document-add = Add a document
forum-document-problems = The document could not be added
forum-document-title = Title
forum-document-file = File
forum-document-file-hint = PDF, Word, PowerPoint, Excel or OpenDocument, at most 20 MB. Documents are public once the session is accepted.
forum-document-upload = Upload
forum-document-saved = The document is added.
document-required = Choose a file.
document-too-large = The file is larger than 20 MB.
document-type-invalid = This file is not a PDF, Office or OpenDocument document.
document-too-many = A session holds at most 10 documents. Remove one first.
document-title-required = Give the document a title.
document-title-too-long = The title is too long (at most 200 characters).
document-session-closed = Documents can no longer be changed: the session was declined or merged.
document-size-kb = { $number } KB
document-size-mb = { $number } MB
forum-camera-title = Scan with the camera
forum-camera-text = Hold the QR code of the badge in front of the camera; the participant is checked in as soon as it is read.
forum-camera-start = Start the camera
forum-camera-stop = Stop the camera
forum-camera-starting = Starting the camera…
forum-camera-scanning = Looking for a QR code…
forum-camera-found = Code read. Checking in…
forum-camera-error = The camera could not be started. Allow the browser to use it, or type the code.
forum-camera-stopped = The camera is stopped.
forum-schedule-checking = Checking this slot…
forum-schedule-slot-free = No conflict at this slot.
# Between the items of a list (speakers, languages, features).
list-separator = { ", " }
forum-speaker-name-heading = How the agenda names you
forum-speaker-name-hint = Your name and organisation are yours: proposals that name you do not change them. The agenda shows the change once the secretariat next publishes it.
forum-speaker-own-name = Your name
forum-speaker-own-organisation = Your organisation
forum-speaker-name-saved = Saved: the agenda will name you so from its next publication.

## The printable programme
programme-title = Programme of the WSIS Forum { $year }
programme-day-title = Programme of the WSIS Forum { $year }: { $day }
programme-version = Agenda version { $number }, published on { $date }
programme-slot = { $start }–{ $end }
programme-session = Session { $number }: { $title }
programme-speaker = { $name } ({ $organisation }, { $role })
programme-print = Printable programme
programme-pdf = Whole programme (PDF)
programme-day-pdf = { $day } (PDF)
programme-print-label = Printable programme:

## The secretariat's list of registrations and the check-in desk
registration-state-pending = Pending
registration-state-approved = Approved
registration-state-declined = Declined
registration-field-name = Name
registration-field-organisation = Organisation
registration-field-status = Status
registration-field-registered = Registered on
registration-field-checked-in = Checked in
registration-checked-in-yes = Checked in
registration-checked-in-no = Not checked in
registration-count = { $count ->
    [one] { $count } registration
   *[other] { $count } registrations
}
registrations-search = Name, e-mail address or organisation
registrations-needs-only = Only those with accessibility needs
registrations-csv = Download these registrations (CSV)
registrations-choose = Choose
registrations-bulk-label = With the chosen registrations:
registrations-approve-chosen = Approve the chosen
registrations-decline-chosen = Decline the chosen
registrations-actions = Decision
registrations-check-in-link = Check-in desk
registrations-decided = The chosen registrations have been decided, and each participant has been e-mailed.
registrations-some-full = Some chosen on-site registrations are still pending: no place is left for them. The others have been decided.
registrations-some-skipped = Some chosen registrations had already been decided and were left as they were. The others have been decided.
registrations-none-chosen = Choose at least one registration first.
registration-none-chosen = Choose at least one registration.
check-in-matches = Registrations found for “{ $text }”
check-in-checked-in-at = Checked in: { $time }
check-in-undo = Undo the check-in
check-in-undone = The check-in has been undone.
check-in-not-checked-in = This participant has not checked in.
check-in-badge = Print the badge again (PDF)
forum-participation-checked-in = { $count ->
    [one] { $checked } of { $count } approved on-site participant has checked in at the venue.
   *[other] { $checked } of { $count } approved on-site participants have checked in at the venue.
}
registrations-too-many = Choose at most 200 registrations at a time.
registration-too-many-chosen = Choose at most 200 registrations at a time.
check-in-more = Only the first 20 are shown: type more of the name to narrow the search.

## The review of proposals (issue 11, item 2)
forum-review-status = Status
forum-score-summary = { $score } ({ $count ->
    [one] { $count } review
   *[other] { $count } reviews
})
forum-score-none = Not scored yet
forum-speakers-confirmed-of = { $confirmed } of { $count } confirmed
forum-queue-search = Search title, abstract, organisers, speakers or number
forum-queue-sort = Order
forum-queue-sort-number = By session number
forum-queue-sort-newest = Latest proposals first
forum-queue-sort-score-high = Best score first
forum-queue-sort-score-low = Lowest score first
forum-queue-sort-fewest-reviews = Fewest reviews first
forum-queue-sort-title = By title
forum-queue-min-score = Score
forum-queue-at-least = { $score } or more
forum-queue-unscored = Only proposals I have not scored
forum-queue-csv = These proposals as CSV (spreadsheet)
forum-queue-yours = Your review
forum-queue-scored = Scored
forum-queue-not-scored = Not yet
forum-proposal-count = { $count ->
    [one] { $count } proposal
   *[other] { $count } proposals
}
forum-csv-id = Proposal
forum-csv-speakers = Speakers
forum-csv-score = Score
forum-csv-reviews = Reviews
forum-criterion-relevance = Relevance to the Action Lines and the SDGs
forum-criterion-relevance-hint = How closely the session serves the WSIS Action Lines and the Goals it names.
forum-criterion-quality = Quality and clarity
forum-criterion-quality-hint = Whether the abstract states a clear question, approach and expected result.
forum-criterion-diversity = Diversity of speakers
forum-criterion-diversity-hint = Balance of gender, regions and stakeholder groups among the speakers.
forum-criterion-format = Interactive format
forum-criterion-format-hint = How the session involves its audience, on site and online.
forum-score-1 = 1 – poor
forum-score-2 = 2 – fair
forum-score-3 = 3 – good
forum-score-4 = 4 – very good
forum-score-5 = 5 – excellent
forum-score-comment = Comment for the other reviewers
forum-score-comment-hint = Not sent to the proposer. Up to 5,000 characters.
forum-score-invalid = Choose a score from 1 to 5.
forum-score-merged = This proposal was merged into another one and is no longer scored.
forum-score-yours = Your scores
forum-score-save = Save my scores
forum-review-comment-hint = Sent to the proposer with the decision; needed to decline or to ask for changes.
forum-proposer = Proposed by
forum-yes = Yes
forum-no = No
forum-none = None
forum-field-remote = Remote participation
forum-event-proposed = Proposed
forum-event-edited = Changed by the proposer
forum-event-resubmitted = Sent again after changes
forum-event-accepted = Accepted
forum-event-declined = Declined
forum-event-changes-requested = Changes asked for
forum-event-merged-into = Merged into another proposal
forum-event-merged-from = Another proposal merged into this one
forum-proposal-heading = Proposal #{ $id }: { $title }
forum-documents-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
forum-back-to-queue = Back to the proposals
forum-proposal-session-page = The session's page in the agenda
forum-proposal-last-comment = The last comment to the proposer
forum-speaker-confirmation = Confirmation
forum-reviews = Reviews
forum-reviewer = Reviewer
forum-reviewed-on = Scored on
forum-merge-heading = Merge with another proposal
forum-history = History
forum-history-none = Nothing recorded yet.
forum-bulk-label = Decide on the chosen proposals
forum-bulk-comment = Comment for the proposers (needed to decline)
forum-bulk-accept = Accept the chosen
forum-bulk-decline = Decline the chosen
forum-bulk-choose = Choose
forum-bulk-none-chosen = Choose at least one proposal.
forum-bulk-too-many = Choose at most 200 proposals at a time.
proposals-decided = The chosen proposals have been decided, and each proposer has been e-mailed.
proposals-some-skipped = Some chosen proposals could not take this decision (merged, decided already or changed meanwhile) and were left as they were. The others have been decided.
proposals-none-chosen = No proposal was chosen: nothing was decided.
proposals-too-many = At most 200 proposals can be decided at a time: nothing was decided.
proposal-decided = The decision has been recorded, and the proposer has been e-mailed.
proposal-merged = The proposals have been merged.
proposal-scored = Your scores have been saved.
mail-proposal-accepted-subject = WSIS Forum { $year }: your session proposal has been accepted
mail-proposal-declined-subject = WSIS Forum { $year }: your session proposal has been declined
mail-proposal-changes-subject = WSIS Forum { $year }: changes are asked to your session proposal
mail-session-placed = Your session “{ $title }” is on the agenda: { $when }, { $room }.
mail-session-placed-subject = WSIS Forum { $year }: your session is on the agenda
mail-session-moved = Your session “{ $title }” has moved. It now takes place { $when }, { $room } (it was { $was }, { $wasroom }).
mail-session-moved-subject = WSIS Forum { $year }: your session has moved
mail-session-cancelled = Your session “{ $title }” is no longer on the agenda. The secretariat will tell you why if you have not heard from them.
mail-session-cancelled-subject = WSIS Forum { $year }: your session is no longer on the agenda

## Speakers' invitations and profiles (issue 11, item 7)
mail-speaker-invited-forum = The WSIS Forum { $year } takes place { $dates } at { $venue }. You will be told by e-mail when the agenda gives your session its date, time and room. If you cannot take part, the same link lets you decline.
mail-speaker-declined = { $name } has declined to take part as { $role } in your session “{ $title }”.
mail-speaker-declined-subject = WSIS Forum { $year }: a speaker has declined your invitation
mail-speaker-placed = The session “{ $title }”, where you are { $role }, is on the agenda: { $when }, { $room }.
mail-speaker-moved = The session “{ $title }”, where you are { $role }, has moved. It now takes place { $when }, { $room }.
mail-speaker-date-subject = WSIS Forum { $year }: the date and room of your session
mail-speaker-cancelled = The session “{ $title }”, where you were invited as { $role }, is no longer on the agenda.
mail-speaker-cancelled-subject = WSIS Forum { $year }: a session where you speak is no longer on the agenda
forum-speaker-invite = You are invited as { $role } of the session “{ $title }” at the WSIS Forum { $year }.
forum-speaker-invite-when = It takes place { $when }, { $room }.
forum-speaker-invite-unplaced = Its date, time and room are not set yet: you will be told by e-mail.
forum-speaker-confirm-after-all = I can take part after all
forum-speaker-decline-submit = I cannot take part
forum-speaker-declined = You have declined this invitation. The organisers have been told.
forum-speaker-has-declined = declined
forum-speaker-bio = Short biography
forum-speaker-bio-hint = Shown with your name on the session's page from the agenda's next publication. Up to 1,500 characters.
speaker-bio-too-long = The biography is too long (at most 1,500 characters).
forum-event-speaker-declined = A speaker declined

## Messages to speakers, organisers and participants (issue 11, item 5)
forum-manage-messages = Messages to speakers, organisers and participants
forum-messages-title = Messages
forum-messages-of = Messages of the WSIS Forum { $year }
forum-messages-intro = Write to the speakers, the organisers or the registered participants of this forum. Each person receives the text in their own language if you wrote it, otherwise in English (or in the first language you wrote). Count the recipients first, then send.
forum-message-audience = Recipients
forum-message-audience-speakers = Every speaker of an accepted session (not those who declined)
forum-message-audience-organisers = The organisers of every accepted session
forum-message-audience-participants = Registered participants, as chosen below
forum-message-participants-filter = Which participants (for a message to participants)
forum-message-versions = The message
forum-message-versions-hint = Write it in as many of the six languages as you can, at least one; up to 10,000 characters each.
forum-message-text = Text
forum-message-count = Count the recipients
forum-message-send = Send now
forum-message-will-reach = { $count ->
    [one] This message will go to { $count } person.
   *[other] This message will go to { $count } people.
}
forum-message-recipients = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
forum-message-required = Write the message in at least one language.
forum-message-too-long = The text is too long (at most 10,000 characters).
forum-message-audience-invalid = Choose who receives the message.
forum-message-nobody = Nobody matches these recipients: nothing was sent.
forum-message-too-many = More than 20,000 people match: choose fewer recipients.
forum-message-count-changed = The number of recipients has changed since you counted: check the new count, then send again.
forum-message-sent = The message has been queued for every recipient.
forum-messages-sent = Messages sent
forum-messages-none = No message has been sent yet.
forum-message-sent-on = Sent on
forum-message-sent-by = Sent by
forum-message-filter = Participants' filter
forum-message-reached = Sent to
forum-message-heading = Message { $id }
forum-messages-back = Back to the messages
forum-speakers-remind-heading = Speakers who have not answered
forum-speakers-remind-text = Speakers who have neither confirmed nor declined their invitation for a week are reminded automatically, at most once a week each, with a new link (the old one stops working). You can remind them now.
forum-speakers-remind-submit = Remind them now
forum-speakers-reminded = The speakers who had not answered for a week have been reminded.
mail-forum-message-speakers-subject = WSIS Forum { $year }: a message to the speakers from the secretariat
mail-forum-message-organisers-subject = WSIS Forum { $year }: a message to the session organisers from the secretariat
mail-forum-message-participants-subject = WSIS Forum { $year }: a message to the participants from the secretariat
mail-speaker-reminder = You were invited as { $role } of the session “{ $title }” at the WSIS Forum { $year }, and you have not answered yet. Please confirm, or decline if you cannot take part, with this new link (the earlier one no longer works):
mail-speaker-reminder-subject = WSIS Forum { $year }: please answer your speaker invitation

## The schedule editor as a grid (issue 11, item 3)
forum-schedule-grid-of = Schedule grid of the WSIS Forum { $year }
forum-grid-open = The schedule as a grid (rooms by time)
forum-grid-intro = Rooms across, half-hours down, at the venue's time. Choose a session (“Choose” in the list of unplaced sessions, or “Move” on the grid), then press the button of a free cell; with a mouse, drag a session onto a cell. Conflicts show in the cells.
forum-grid-list-view = The schedule as a list
forum-grid-undo = Undo my last move
forum-grid-undone = Your last move has been undone.
forum-grid-nothing-to-undo = There is no move of yours left to undo.
forum-grid-placing = Placing: { $title }
forum-grid-choose-cell = Choose a free cell below: its button places the session there.
forum-grid-length = Length
forum-grid-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
forum-grid-length-apply = Use this length
forum-grid-cancel = Choose no session
forum-grid-search = Title or number
forum-grid-choose = Choose
forum-grid-move = Move
forum-grid-caption = Sessions by room and time
forum-grid-time = Time
forum-grid-closed = Room closed
forum-grid-place-here = Place here: { $room }, { $time }
forum-rooms-copy = Copy the rooms
forum-rooms-copy-heading = The rooms of the previous edition
forum-rooms-copied = The previous edition's rooms have been copied (those whose code this edition did not have yet).
forum-rooms-nothing-to-copy = No earlier edition has rooms to copy.
forum-event-moved = Placed, moved or taken off the working schedule

## Speakers' photos (issue 11, item 7)
forum-speaker-photo-heading = Your photo
forum-speaker-photo-hint = Shown beside your name on the session's page from the agenda's next publication. A JPEG, PNG or WebP image of up to 8 MB; its location and camera data are removed.
forum-speaker-photo-current = Your photo as the agenda shows it
forum-speaker-photo-file = Photo
forum-speaker-photo-upload = Upload the photo
forum-speaker-photo-remove = Remove my photo
forum-speaker-photo-saved = Your photo has been saved.
forum-speaker-photo-removed = Your photo has been removed.

## Review fixes (issue 11)
proposals-comment-needed = Declining needs a comment for the proposers: nothing was decided.
forum-grid-undo-stale = That session has moved again since your move, so your move was not undone (and is forgotten).
forum-grid-undo-blocked = Your move was not undone: the session's old place is taken now (its room or a speaker is busy then).
forum-message-filter-none = All registrations except declined ones
