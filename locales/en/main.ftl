# The WSIS Platform – English interface strings.
# Every other language file has the same keys (a test checks it).

## Site frame
site-name = WSIS Platform
site-tagline = World Summit on the Information Society: ICTs for the Sustainable Development Goals
skip-to-content = Skip to main content
nav-label = Main sections
nav-home = Home
nav-stocktaking = Stocktaking
nav-forum = Forum
nav-outcomes = Outcomes
nav-prizes = Prizes
nav-action-lines = Action Lines
nav-sdgs = SDGs
account-nav-label = Your account
language-switcher-label = Language
footer-about = The WSIS Platform is open-source software for the multistakeholder WSIS process.
footer-api = Open data and API
footer-licence = SDG texts: open-sdg/sdg-translations (MIT). Country names: i18n-iso-countries (MIT).

## Home page
home-title = WSIS Platform
home-intro = One place for the WSIS process all year round: the Stocktaking of ICT-for-development activities, the WSIS Forum, its outcomes and the WSIS Prizes, in the six UN languages.
home-sections-heading = Sections
home-stocktaking-text = A public register of ICT-for-development projects, programmes and initiatives from all stakeholders, linked to the WSIS Action Lines and the SDGs.
home-forum-text = The WSIS Forum: open consultation, call for sessions, the agenda, registration and remote participation.
home-outcomes-text = Session outcomes, the Outcome Document, the High-Level Track Outcomes and the WSIS–SDG Matrix.
home-prizes-text = The WSIS Prizes: nominations, expert review, public online voting, Champions and Winners in 18 categories.
home-framework-heading = The framework
home-framework-text = { $actionLines } Action Lines, { $goals } Sustainable Development Goals with { $targets } targets, { $countries } countries and areas.
section-empty = Nothing has been published here yet.
section-open = Open { $section }

## Section pages
stocktaking-title = WSIS Stocktaking
forum-title = WSIS Forum
outcomes-title = Outcomes
prizes-title = WSIS Prizes

## Taxonomy pages
action-lines-title = WSIS Action Lines
action-lines-intro = The eleven Action Lines of the Geneva Plan of Action. C7 has eight sub-lines. Each line is also a WSIS Prize category.
action-line-code = Code
action-line-name = Action Line
prize-category = Prize category
prize-category-number = Category { $number }
facilitators = Facilitators
facilitator-role-lead = Lead facilitator
facilitator-role-co_facilitator = Co-facilitator
facilitator-role-partner = Partner
sdgs-title = Sustainable Development Goals
sdgs-intro = The 17 Goals of the 2030 Agenda and their 169 targets, to which every WSIS activity is linked.
sdg-goal = Goal { $number }
sdg-targets = Targets ({ $count })

## Forms: common
form-errors-heading = { $count ->
    [one] There is one problem with what you entered
   *[other] There are { $count } problems with what you entered
}
form-required = (required)
form-optional = (optional)
form-choose = Choose…
form-save = Save
field-email = E-mail address
field-password = Password
field-password-hint = At least 10 characters.
field-password-confirm = Repeat the password
field-name = Full name
field-organisation = Organisation
field-stakeholder-type = Stakeholder type
field-country = Country or area
field-language = Preferred language

## Field errors
email-required = Enter your e-mail address.
email-invalid = Enter an e-mail address like name@example.org.
email-taken = This e-mail address is already registered. Sign in or reset your password.
password-required = Enter a password.
password-too-short = The password must have at least 10 characters.
password-too-long = The password must have at most 256 characters.
password-mismatch = The two passwords are not the same.
password-wrong = The current password is not correct.
name-required = Enter your name.
name-too-long = The name must have at most 100 characters.
organisation-required = Enter the organisation.
organisation-too-long = The organisation must have at most 200 characters.
text-invalid-characters = Remove the control characters from this text (a line break in a one-line field, an invisible character that reverses the direction of text).
stakeholder-type-invalid = Choose a stakeholder type from the list.
country-invalid = Choose a country or area from the list.
language-invalid = Choose one of the six languages.
role-invalid = Choose a role from the list.
action-line-invalid = Choose an Action Line from the list.
facilitator-role-invalid = Choose a facilitator role from the list.
agency-required = Enter the agency.
agency-too-long = The agency must have at most 100 characters.
facilitator-exists = This agency already facilitates this line.
login-failed = The e-mail address or the password is not correct.
login-unverified = Confirm your e-mail address first: follow the link we sent you.

## Accounts
signup-title = Create an account
signup-intro = An account lets you submit activities, propose sessions, register for the Forum and vote.
signup-submit = Create account
signup-have-account = Already have an account? Sign in.
signup-done-title = Check your e-mail
signup-done-text = We sent a link to { $email }. Follow it to confirm your address, then sign in.
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-no-account = No account yet? Create one.
logout-submit = Sign out
verify-title = E-mail address confirmed
verify-ok = Thank you: your e-mail address is confirmed. You can now sign in.
verify-failed-title = This link cannot be used
verify-failed = The link is not valid, has expired or was already used. Ask for a new one below.
verify-resend-title = Send a new confirmation link
verify-resend-intro = Enter the e-mail address of your account and we will send you a new confirmation link.
verify-resend-submit = Send link
verify-resend-done = If an unconfirmed account uses this address, a new link is on its way.
forgot-title = Reset your password
forgot-intro = Enter your account's e-mail address and we will send you a link to choose a new password.
forgot-submit = Send reset link
forgot-done = If an account uses this address, a reset link is on its way. It is valid for one hour.
reset-title = Choose a new password
reset-submit = Save the new password
reset-done = Your password has been changed and your other sessions have been signed out. You can now sign in.
account-title = Your account
account-profile-heading = Profile
account-roles-heading = Your roles
account-created = Account created
account-saved = Your profile has been saved.
account-password-heading = Change your password
field-current-password = Current password
field-new-password = New password
account-password-submit = Change password
account-password-changed = Your password has been changed.
account-verified = Confirmed
account-unverified = Not confirmed yet

## Roles
role-administrator = Administrator
role-secretariat = Secretariat
role-facilitator = Facilitator
role-organiser = Session organiser
role-stakeholder = Stakeholder
role-participant = Participant

## Administration
admin-title = Administration
admin-users-title = Accounts and roles
admin-users-count = { $count ->
    [one] One account
   *[other] { $count } accounts
}
admin-roles-for = Roles of { $name }
admin-roles-save = Save roles
admin-roles-saved = The roles of { $name } have been saved.
admin-facilitators-title = Action Line facilitators
admin-facilitators-add = Add a facilitator
field-action-line = Action Line
field-agency = Agency
field-facilitator-role = Role
admin-facilitator-added = The facilitator has been added.
admin-facilitator-removed = The facilitator has been removed.
admin-remove = Remove
admin-remove-label = Remove { $agency } from { $line }
table-email = E-mail
table-name = Name
table-roles = Roles
table-status = Status
table-actions = Actions
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page

## Error pages
error-403-title = Access denied
error-403-text = You do not have the role needed for this page.
error-403-csrf = The form has expired. Go back, reload the page and try again.
error-401-text = Sign in to see this page.
error-404-title = Page not found
error-404-text = There is no page at this address. It may have moved.
error-405-title = Method not allowed
error-405-text = This address does not accept this kind of request.
error-413-title = Too much data
error-413-text = What you sent is larger than the platform accepts.
error-400-title = Bad request
error-400-text = The request could not be understood.
error-429-title = Too many attempts
error-429-text = Too many attempts in a short time. Wait a few minutes and try again.
error-500-title = Something went wrong
error-500-text = The platform could not complete your request. The team has been told. Please try again later.
error-503-title = Temporarily unavailable
error-503-text = The platform is temporarily unavailable. Please try again in a moment.
error-back-home = Go to the home page

## E-mail
mail-greeting = Dear { $name },
mail-signature = The WSIS Platform team
mail-verify-subject = Confirm your e-mail address for the WSIS Platform
mail-verify-body = Please confirm your e-mail address by opening this link within 48 hours:
mail-reset-subject = Reset your WSIS Platform password
mail-reset-body = Someone asked to reset the password of your account. If it was you, open this link within one hour:
mail-reset-ignore = If you did not ask for this, ignore this message: your password stays the same.
mail-signup-exists-subject = Your WSIS Platform account
mail-signup-exists-body = Someone, perhaps you, tried to sign up to the WSIS Platform with this e-mail address. It already has an account: sign in here.
mail-signup-exists-forgot = If you forgot your password, choose a new one here:

## Stocktaking
stocktaking-results = { $count ->
    [one] One entry
   *[other] { $count } entries
}
stocktaking-new-title = Submit an activity
stocktaking-edit-title = Edit your activity
stocktaking-mine-title = Your entries
stocktaking-mine-empty = You have not submitted any activity yet.
stocktaking-search-label = Search activities
stocktaking-search-hint = Entries with all your words are found; OR between two words finds either. Put a phrase in "quotes"; a word after a minus sign (-word) leaves out the entries that have it.
stocktaking-sort-label = Order
stocktaking-sort-relevance = Most relevant first
stocktaking-sort-newest = Newest first
stocktaking-search-submit = Search
stocktaking-refine = Refine
stocktaking-active-filters = Active filters
stocktaking-remove-filter = (remove this filter)
stocktaking-updated = Last change
stocktaking-is-public = public
stocktaking-edit = Edit
facet-action_line = Action Line
facet-c7_subline = C7 sub-line
facet-sdg = SDG
facet-target = SDG target
facet-country = Country or area
facet-region = Region
facet-stakeholder_type = Stakeholder type
facet-activity_type = Type of activity
facet-status = Stage
facet-year = Start year
facet-call = Call
facet-language = Languages of the activity
search-facet-unknown = A filter names a facet that does not exist. The facets are: action_line, c7_subline, sdg, target, country, region, stakeholder_type, activity_type, status, year, call and language.
search-filter-invalid = A filter is not written as facet:value (for example sdg:4), or its value is too long.
search-filters-too-many = Too many filters: at most 40 in all, and 20 values of one facet.
search-query-too-long = The search text is too long: at most 200 characters.
search-page-invalid = The page must be a whole number from 1 to 10,000.
search-limit-invalid = The number of results per page must be a whole number from 1 to 100.
search-sort-invalid = Sort by relevance or by newest.
activity-type-project = Project
activity-type-programme = Programme
activity-type-training = Training
activity-type-conference = Conference or event
activity-type-website = Website or portal
activity-type-guideline = Guideline or policy
activity-type-toolkit = Toolkit
activity-type-other = Other
activity-status-planned = Planned
activity-status-ongoing = Ongoing
activity-status-completed = Completed
entry-status-draft = Draft
entry-status-submitted = Awaiting review
entry-status-published = Published
entry-status-returned = Returned for changes
entry-status-rejected = Rejected
coverage-national = National
coverage-regional = Regional
coverage-international = International
entry-section-about = About the activity
entry-section-organisation = Who runs it
entry-field-title = Title
entry-field-description = Description
entry-description-hint = Describe the activity, its results and its impact. You may use Markdown (emphasis, lists, links).
entry-field-language = Language of this text
entry-field-activity-type = Type of activity
entry-field-status = Stage of the activity
entry-field-start = Start date
entry-field-end = End date
entry-field-dates = Dates
entry-field-website = Website
entry-field-contact = Contact e-mail
entry-field-organisation = Organisation
entry-field-partners = Partners
entry-partners-hint = One partner per line.
entry-field-coverage = Coverage
entry-field-countries = Countries or areas (national coverage)
entry-field-regions = Regions (regional coverage)
entry-multi-hint = Hold Ctrl (or Cmd) to choose several.
entry-field-action-lines = WSIS Action Lines
entry-field-sdgs = Sustainable Development Goals
entry-targets-hint = Tick each goal the activity supports; you may add targets (e.g. 4.4, 4.a) and a short rationale.
entry-field-languages = Languages the activity works in
entry-rationale = Why (short rationale)
entry-targets = Targets, e.g. 4.4, 4.a
entry-save-draft = Save
entry-submit = Save and submit for review
entry-returned-comment = The secretariat returned this entry with these comments
entry-submit-as-is = Submit for review
entry-pending-edit = a newer version awaits review; the public still sees the published one
entry-published-on = Published on
entry-history = History
entry-event-submit = submitted for review
entry-event-publish = published
entry-event-return = returned for changes
entry-event-reject = rejected
title-required = Enter a title.
title-too-long = The title must have at most 200 characters.
description-required = Enter a description.
description-too-long = The description must have at most 10,000 characters.
activity-type-invalid = Choose a type of activity from the list.
activity-status-invalid = Choose the stage of the activity.
entry-status-invalid = Choose a status from the list.
coverage-invalid = Choose national, regional or international coverage.
partners-invalid = List at most 50 partners, each under 200 characters.
countries-required = Choose at least one country or area for national coverage.
regions-required = Choose at least one region for regional coverage.
region-invalid = Choose regions from the list.
action-line-c7-needs-subline = For C7, choose one of its eight sub-lines.
action-lines-required = Choose at least one Action Line.
rationale-too-long = A rationale must have at most 500 characters.
sdg-invalid = Choose goals from the list.
sdg-target-invalid = Give targets of the chosen goal, like 4.4 or 4.a.
sdgs-required = Choose at least one Sustainable Development Goal.
date-invalid = Enter a date like 2019-04-08.
end-before-start = The end date must not be before the start date.
url-invalid = Enter a web address starting with https:// or http://.
entry-stale = Someone else changed this entry while you were editing it. Your text is below: reload the entry, compare, and save again.
moderation-images-unseen = Images were added to this entry after you opened it, or are not shown here. Open the entry again, look at its images, and decide again.
entry-rejected-final = This entry was rejected and cannot change any more.
entry-action-not-allowed = This step is not possible in the entry's current state.
moderation-comment-required = Give a comment or a reason when returning or rejecting an entry.
error-409-title = Conflict
error-409-text = The request conflicts with the current state of the record.

## Moderation and calls
moderation-title = Moderation queue
moderation-review = Review
moderation-comment = Comment or reason
moderation-comment-hint = Required to return or reject; the submitter receives it by e-mail.
moderation-publish = Publish
moderation-return = Return for changes
moderation-reject = Reject
moderation-done = The decision has been recorded and the submitter informed.
moderation-all = All
moderation-filter = Filter
moderation-problems = Some entries could not be changed
moderation-select = Select
moderation-owner = Submitted by
moderation-bulk = Apply to the selected entries
moderation-action = Decision
moderation-apply = Apply
moderation-choose-action = Choose a decision.
moderation-choose-entries = Select at least one entry.
calls-title = Calls for entries
call-year = Year
call-window = Open
call-new = Open a new call
call-opens = Opens on
call-closes = Closes on
call-create = Open the call
call-year-invalid = Enter a year between 2004 and 2100.
call-exists = There is already a call for this year.
call-overlaps = This window overlaps another call’s: an entry submitted then would not know which call it belongs to.
call-edit-title = Call for entries
call-save = Save the call
call-close = Close the call now
call-close-hint = Entries submitted from now on will not belong to this call.
call-not-open = This call is not open.
mail-entry-submitted-subject = WSIS Stocktaking: we have received your entry
mail-entry-to-review-subject = WSIS Stocktaking: an entry waits for your review
mail-entry-published-subject = WSIS Stocktaking: your entry is published
mail-entry-returned-subject = WSIS Stocktaking: your entry has been returned for changes
mail-entry-rejected-subject = WSIS Stocktaking: your entry could not be accepted
mail-entry-submitted = We have received your entry “{ $title }”. The WSIS secretariat will review it.
mail-entry-to-review = The entry “{ $title }” waits for your review on the WSIS Stocktaking Platform.
mail-entry-published = Your entry “{ $title }” is now published on the WSIS Stocktaking Platform.
mail-entry-returned = The WSIS secretariat has returned your entry “{ $title }” for changes.
mail-entry-rejected = The WSIS secretariat could not accept your entry “{ $title }”.
mail-entry-comment = The secretariat's comment:

## Statistics
stats-title = Statistics
stats-by-action-line = Entries by Action Line
stats-by-sdg = Entries by SDG
stats-by-region = Entries by region (UN M49)
stats-by-stakeholder = Entries by stakeholder type
stats-by-year = Entries by start year
stats-by-country = Entries by country or area
stats-heatmap = Action Lines × SDGs: entries linked to both
stats-table = Show the numbers as a table
stats-category = Category
stats-entries = Entries
stocktaking-open-data = Open data (CSV)

## Import
import-title = Import entries
import-intro = Upload a CSV file with the columns of the open data export, or a JSON file in the export's format. Every row is checked; if any row has a problem, nothing is imported.
import-file = File (CSV or JSON)
import-dry-run = Only check the file (dry run)
import-submit = Import
import-ok = The file is valid: { $count ->
    [one] { $count } entry.
   *[other] { $count } entries.
}
import-done = { $count ->
    [one] { $count } entry imported and published.
   *[other] { $count } entries imported and published.
}
import-problems = The file has problems; nothing was imported.
import-summary = New: { $created }. Updated: { $updated }. Unchanged (already imported, the same): { $unchanged }.
import-uid-invalid = This identifier (uid) is not valid: 1 to 64 letters, digits, hyphens or underscores.
import-uid-twice = This identifier (uid) is in the file twice.
import-row = Row { $row }, { $field }
import-not-utf8 = The file is not UTF-8 text.
import-empty = The file has no entries.
import-bad-csv = The file is not valid CSV.
import-bad-json = The file is not valid JSON in the export's format.
import-missing-column = This column is missing.
import-unknown-column = This column is unknown.
import-no-file = Choose a file.
import-bad-row-length = This row does not have as many fields as the header row; its fields were not checked.
import-json-not-text = This value must be text.
import-json-not-list = This value must be a list.
import-json-bad-item = An item of this list does not have the form the export writes.
import-json-not-entry = This item is not an entry as the export writes it: an object with a "data" object.
import-index-followed = A running `wsis serve` holds the search index: it finds the new entries within a second or so.
import-dry-run-nothing-written = Dry run: nothing was written.
entry-event-import = imported

## Translations and versions
entry-translate = Add a translation
entry-translation-language = Language of the translation
entry-translator = Translated by
entry-translation-save = Save the translation
entry-revisions = Versions
entry-revision = Version
entry-translated-by = Translated by

## Publications
reports-title = Publications
reports-stocktaking = The Stocktaking Report of a call
reports-success-stories = Success Stories
reports-language = Language of the publication
reports-format = Format
reports-generate = Generate
reports-entries = Entries
reports-entries-hint = Numbers of the entries to include, separated by commas; leave empty to use the stored selection of the call.

## Images of entries
images-title = Images
images-manage = Add or remove images
images-intro = Up to five images of the activity: PNG, JPEG or WebP files of at most 8 MB and 8,000 pixels a side. We remove their metadata (such as where a photo was taken), make them at most 1,600 pixels wide and add a small version for lists.
images-none = No images yet.
image-add = Add an image
image-file = Image file
image-alt = Text alternative
image-alt-hint = Say what the image shows, for people who cannot see it (at most 300 characters).
image-upload = Upload the image
image-remove = Remove
image-required = Choose an image file.
image-not-image = This file is not a PNG, JPEG or WebP image.
image-too-large = This file is larger than 8 MB.
image-too-many-pixels = This image is too large: at most 8,000 pixels a side and 25 million pixels in all.
image-alt-required = Describe the image in at most 300 characters.
image-limit = This entry has five images, the most allowed: remove one to add another.
media-store-failed = The file could not be stored just now, and nothing was saved. Please try again in a few minutes.
image-pending = Not public until reviewed
images-review-note = Images you add are shown to the public once the secretariat has reviewed them; adding one to a published entry sends the entry back for review, and its published version stays visible meanwhile.
entry-event-images = images added, sent for review

## Success Stories selection
success-stories-title = Success Stories
success-stories-year = Success Stories { $year }
success-stories-intro = The published entries selected for the Success Stories of a call, in the order of the publication. Add entries from their pages.
success-stories-none = No entries are selected for this year yet.
success-stories-show = Show
success-stories-add = Add to the Success Stories
success-stories-remove = Remove
success-stories-up = Move up
success-stories-down = Move down
success-stories-selected-in = Selected for the Success Stories { $year }.
success-stories-remove-from = Remove from the Success Stories { $year }
success-stories-added-by = selected by { $name } on { $date }
success-stories-download = Download the Success Stories (PDF)
success-stories-see = The Success Stories selection
success-stories-empty = No published entry is selected for the Success Stories of this year.
success-stories-not-published = Only published entries can be selected for the Success Stories.
revision-title = Version { $number }
revision-saved-by = Saved by { $name } on { $date }
revision-first = First version
revision-changes = Changes since version { $number }
revision-no-changes = This version changed no field.
revision-field = Field
revision-value = Value
revision-before = Before
revision-after = After
revision-empty = (empty)
# $name: the name of the translation's language
revision-translation = Translation ({ $name })
# $goals: one Sustainable Development Goal; $targets: its targets
revision-item-targets = { $goals } (targets { $targets })
upload-quota-exceeded = Your account has used its upload quota for images and documents. Remove files you no longer need, or ask the secretariat for help.

home-entries-count = { $count ->
    [one] One activity published
   *[other] { $count } activities published
}
home-entries-latest = Published most recently:
home-forum-edition = WSIS Forum { $year }: { $start } – { $end }, { $venue }
home-forum-agenda = The agenda
home-outcomes-count = { $count ->
    [one] One approved session outcome of the WSIS Forum { $year }
   *[other] { $count } approved session outcomes of the WSIS Forum { $year }
}
stocktaking-skip-results = Skip to the results

# A short parenthetical after a label: "(16.2, 16.b)".
parenthesised = ({ $text })
success-stories-no-call = This entry was not submitted to a call, so it cannot join a year's Success Stories.
success-stories-not-of-call = Only entries that belong to that year's call can be selected for its Success Stories.
# A day and a time range together: "8 April 2019, 09:00–10:30".
date-and-time = { $date }, { $time }
entry-dates-since = Since { $date }
# Around a short aside inside a label: "Text (Français)".
paren-open = {" "}(
paren-close = )
