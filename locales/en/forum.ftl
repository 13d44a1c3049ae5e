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
