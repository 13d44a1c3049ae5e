## The WSIS Prizes (issue 13)

prize-editions = Editions
prize-no-editions = No edition of the WSIS Prizes has been opened yet.
prize-edition-title = WSIS Prizes { $year }
prize-edition-nav = This edition
prize-timeline = Timeline
prize-phase-upcoming = Not open yet
prize-phase-submission = Submission of projects
prize-phase-review = Expert review and nomination
prize-phase-voting = Public online voting
prize-phase-selection = Selection of the Winners
prize-phase-announced = Results announced
prize-phase-dates = { $from } to { $to }
prize-phase-now = Current phase: { $phase }.
prize-rule-all-categories = In this edition a ballot counts only if its voter votes in all 18 categories.
prize-categories = The 18 categories
prize-category-title = Category { $number }: { $name }
prize-back-to-edition = Back to the edition
prize-back-to-category = Back to the category
prize-back-to-manage = Back to the edition's management
prize-back-to-queue = Back to my review queue
prize-submit-link = Submit a project
prize-results-link = Results, and how to recount them
prize-review-link = Expert review
prize-manage-link = Manage the edition
prize-fraud-link = Suspicious votes
prize-audit-link = Audit log
prize-nominees-not-yet = The nominees of this category are not published yet.
prize-voting-open = Voting is open: choose one project in this category. Running counts stay hidden until voting closes.
prize-nominees-count = { $count ->
    [one] One nominated project.
   *[other] { $count } nominated projects.
}
prize-vote = Vote
prize-vote-final = A vote is final: it cannot be changed or withdrawn. You receive a confirmation by e-mail.
prize-you-voted = You voted for “{ $title }” on { $date } (UTC). Your vote is final.
prize-sign-in-to-vote = Sign in to vote (an account with a confirmed e-mail address)
prize-voted = Your vote is recorded. A confirmation is on its way by e-mail.
prize-my-votes = My votes
prize-my-votes-title = My votes in the WSIS Prizes { $year }
prize-my-votes-count = { $count ->
    [one] You voted in one of the { $total } categories.
   *[other] You voted in { $count } of the { $total } categories.
}
prize-nominee = Nominee
prize-col-when = When (UTC)
prize-col-who = Who
prize-col-year = Year
prize-col-status = Status
prize-col-action = Decision
prize-col-subject = About
prize-col-mean = Mean score (of 70)
prize-col-spread = Spread of the experts' scores
prize-voided = voided
prize-results-title = Results of the WSIS Prizes { $year }
prize-results-summary = { $count ->
    [one] One vote was counted; { $champions } Champions.
   *[other] { $count } votes were counted; { $champions } Champions.
}
prize-recount-heading = Recount it yourself
prize-sealed-at = The ballots were sealed when voting closed, on { $date } (UTC). Their SHA-256 digest was published then and has not changed:
prize-digest = SHA-256 of the ballots
prize-recount-how = Download the anonymised ballots (one line per vote: a pseudonymous voter, the category, the nominee, the time), check their digest, and recount them with the platform's command:
prize-ballots-download = The ballots (CSV)
prize-tally-text = The result as the command prints it
prize-winners-pending = The experts choose each category's Winner among its Champions; the Winners are shown here once they are announced.
prize-winner = Winner
prize-champion = Champion
prize-champions = Champions
prize-votes-count = { $count ->
    [one] one vote
   *[other] { $count } votes
}
prize-champions-by-country = Champions by country (the 20 with most)
prize-champions-by-type = Champions by type of stakeholder
prize-choose-winner = The Winner of this category
prize-save-winner = Save the Winner
prize-winner-saved = The Winner is saved.
prize-winner-not-champion = Choose one of the category's Champions.
prize-selection-closed = Winners are chosen after voting closes and before the results are announced.

## Submissions

prize-submit-title = Submit a project to the WSIS Prizes { $year }
prize-edit-title = Change your draft for the WSIS Prizes { $year }
prize-submit-intro = One project per entity in each category, in exactly one category. Submissions are in English. Save a draft first; its page shows what is still missing, then submit it.
prize-submission-closed = Submissions are not open in this edition now.
prize-from-entry = Start from one of your stocktaking entries
prize-field-category = Category
prize-field-title = Title of the project
prize-field-organisation = Entity submitting the project
prize-organisation-hint = The organisation, institution or company. One project per entity in each category.
prize-field-website = Website of the project
prize-field-description = Description shown to voters
prize-description-hint = Between { $min } and { $max } words, in English. It has { $count ->
    [one] one word
   *[other] { $count } words
} now.
prize-words-label = Words
prize-field-linkage = Linkage to the WSIS Action Lines and the SDGs
prize-field-impact = Impact, qualitative and quantitative
prize-field-partnerships = Partnerships
prize-field-challenges = Challenges
prize-field-future-plans = Future plans
prize-field-owner-email = E-mail of the project's owner, if it is not yours
prize-owner-email-hint = You may nominate a project you do not own: its owner is told by e-mail.
prize-save-draft = Save the draft
prize-draft-saved = Your draft is saved.
prize-edit-draft = Change the draft
prize-submit-button = Submit the project
prize-submitted = Your project is submitted. A confirmation is on its way by e-mail.
prize-cannot-submit = The project cannot be submitted yet
prize-checklist = Before you submit
prize-check-basics = Country and type of stakeholder
prize-check-description = A description of { $min } to { $max } words (now { $count })
prize-check-done = done
prize-check-missing = missing
prize-mine-title = My prize submissions
prize-mine-none = You have not submitted a project yet.
prize-status-draft = Draft
prize-status-submitted = Submitted, under expert review
prize-status-nominated = Nominated
prize-status-declined = Not nominated

prize-category-required = Choose a category.
prize-category-invalid = Choose one of the 18 categories.
prize-title-required = Enter the title of the project.
prize-organisation-required = Enter the entity that submits the project.
prize-country-required = Choose the country.
prize-stakeholder-type-required = Choose the type of stakeholder.
prize-text-too-long = This text is too long.
prize-english-only = Submissions are accepted in English only.
prize-description-required = Enter the description shown to voters.
prize-description-too-short = The description is too short: it needs at least 150 words.
prize-description-too-long = The description is too long: it may have at most 200 words.
prize-answer-required = Answer this question.
prize-entity-has-project = This entity already has a project in this category: one project per entity per category.
prize-previous-winner = This entity won a WSIS Prize before: previous winners are not eligible.
prize-submission-not-draft = This project was submitted already; it can no longer be changed.
prize-submission-stale = The draft changed since you opened it; reload it and make your change again.
prize-submission-not-submitted = Only submitted projects can be nominated or declined.

prize-mail-submitted-subject = Your project is submitted to the WSIS Prizes { $year }
prize-mail-submitted = Your project “{ $title }” is submitted to the WSIS Prizes { $year } in the category { $category }. The expert group reviews every submission; you will hear whether it is nominated.
prize-mail-nominated-by-subject = Your project was submitted to the WSIS Prizes { $year }
prize-mail-nominated-by = { $organisation } submitted your project “{ $title }” to the WSIS Prizes { $year }. If this is a mistake, reply to this message.
prize-mail-votes-subject = Your votes in the WSIS Prizes { $year }
prize-mail-votes = { $count ->
    [one] This confirms your vote in the WSIS Prizes { $year }:
   *[other] This confirms your { $count } votes in the WSIS Prizes { $year }:
}
prize-mail-votes-final = Votes are final. You can see all your votes here:

## Expert review

prize-review-title = Expert review, WSIS Prizes { $year }
prize-review-intro = The submissions of your categories. Score each against the published criteria; declare a conflict of interest with any project you are linked to, and it leaves your queue.
prize-review-none = There is nothing to review in your categories.
prize-review-one = Review: { $title }
prize-review-about = A submission in { $category }. Score each criterion from 1 (weak) to 10 (excellent).
prize-review-this = Review this project
prize-read-project = Read the project
prize-scored = Scored
prize-not-scored = Not scored yet
prize-scores-heading = Your scores
prize-field-comment = Comment (optional)
prize-save-scores = Save the scores
prize-scores-saved = Your scores are saved.
prize-criterion-impact = Results and impact
prize-criterion-empowerment = Community empowerment
prize-criterion-sdg-relevance = Relevance to the SDGs
prize-criterion-replicability = Replicability
prize-criterion-sustainability = Sustainability
prize-criterion-partnerships = Partnerships
prize-criterion-wsis-values = Promotion of WSIS values
prize-score-required = Give a score from 1 to 10.
prize-score-invalid = A score is a whole number from 1 to 10.
prize-conflict-heading = A conflict of interest
prize-conflict-hint = Why you step aside (for example: "I advise this organisation"). You will no longer see or score this project.
prize-declare-conflict = Declare the conflict
prize-conflict-saved = Your conflict of interest is recorded; the project has left your queue.
prize-field-reason = Reason
prize-reason-required = Give the reason.
prize-review-closed = Scores are given during the expert review phase.

## The secretariat

prize-new-edition = Open a new edition
prize-create-edition = Create the edition
prize-field-year = Year
prize-year-invalid = Enter a year between 2000 and 2100.
prize-edition-exists = There is an edition of this year already.
prize-dates-heading = Dates of the phases (00:00 UTC)
prize-field-submission-opens = Submissions open
prize-field-submission-closes = Submissions close
prize-field-voting-opens = Voting opens
prize-field-voting-closes = Voting closes
prize-field-announced-at = Results announced
prize-field-require-all = Rule of the vote
prize-date-invalid = Enter a date as YYYY-MM-DD.
prize-date-order = Each date must come after the one before.
prize-save-dates = Save the dates
prize-edition-saved = The edition is saved.
prize-sealed = The tally of this edition is sealed: its votes and dates no longer change.
prize-manage-title = Managing the WSIS Prizes { $year }
prize-vote-totals = { $voters ->
    [one] Votes so far: { $count } counted, { $voided } voided, from { $voters } voter. (The public sees no count before voting closes.)
   *[other] Votes so far: { $count } counted, { $voided } voided, from { $voters } voters. (The public sees no count before voting closes.)
}
prize-experts = Experts
prize-experts-none = No expert has been appointed yet.
prize-add-expert = Appoint an expert
prize-experts-saved = The experts are saved.
prize-account-unknown = No account has this e-mail address.
prize-remove = Remove
prize-ranking = Submissions by the experts' scores
prize-ranking-none = No project has been submitted yet.
prize-spread = { $low } to { $high } ({ $experts ->
    [one] one expert
   *[other] { $experts } experts
})
prize-nominate = Nominate
prize-decline = Decline
prize-decision-saved = The decision is saved.
prize-publish-nominees = Publish the nominees
prize-publish-nominees-help = Publishing shows the nominated projects to the public; the expert group's decisions are final after that.
prize-nominees-published = The nominees are published.
prize-nominees-are-published = The nominees are published.
prize-fraud-title = Suspicious votes, WSIS Prizes { $year }
prize-fraud-intro = Patterns found in the votes: a burst of votes for one nominee, many accounts voting from one network address, many new accounts with one e-mail pattern. Void the votes they list, or dismiss them; each decision, with its reason, goes to the audit log.
prize-scan = Look for suspicious patterns now
prize-scanned = The votes were scanned.
prize-pending = Waiting for a decision
prize-pending-none = Nothing is waiting.
prize-decided = Decided
prize-suspicion-burst = A burst of votes
prize-suspicion-address = Many accounts from one address
prize-suspicion-pattern = Many new accounts with one e-mail pattern
prize-accounts-count = { $count ->
    [one] one account
   *[other] { $count } accounts
}
prize-void-votes = Void their votes
prize-dismiss = Dismiss
prize-decision-voided = votes voided
prize-decision-dismissed = dismissed
prize-suspicion-decided = This was decided already.
prize-void-heading = Void one account's votes
prize-field-voter = Account number
prize-void-voter = Void the votes
prize-voter-voided = The account's votes are voided.
prize-voter-unknown = There is no such account.
prize-audit-title = Audit log, WSIS Prizes { $year }
prize-audit-intro = Every decision on this edition's vote, in order. Nothing in it is ever changed or deleted.
prize-audit-none = Nothing has been decided yet.
prize-actor-platform = The platform
prize-audit-edition-created = Edition created
prize-audit-edition-dates-changed = Dates changed
prize-audit-domain-blocked = E-mail domain blocked
prize-audit-domain-unblocked = E-mail domain unblocked
prize-audit-suspicion-found = Suspicious pattern found
prize-audit-voter-voided = Votes voided
prize-audit-suspicion-voided = Suspicion upheld, votes voided
prize-audit-suspicion-dismissed = Suspicion dismissed
prize-audit-tally-sealed = Tally sealed (digest, ballots)
prize-audit-winner-chosen = Winner chosen
prize-audit-expert-added = Expert appointed
prize-audit-expert-removed = Expert removed
prize-audit-conflict-declared = Conflict of interest declared
prize-audit-nominated = Project nominated
prize-audit-declined = Project declined
prize-audit-nominees-published = Nominees published
prize-blocked-title = Blocked e-mail domains
prize-blocked-intro = Accounts whose e-mail address is at one of these domains (disposable addresses) cannot vote.
prize-blocked-none = No domain is blocked.
prize-field-domain = Domain (for example mailinator.com)
prize-block-domain = Block a domain
prize-domain-invalid = Enter a domain such as example.com.
prize-domains-saved = The list is saved.

## Refusals of a vote

prize-vote-closed = Voting is not open in this edition now.
prize-vote-unverified = Confirm your e-mail address before you vote.
prize-vote-blocked-domain = Accounts with an e-mail address at this domain cannot vote.
prize-vote-voided = The votes of this account were voided; it cannot vote in this edition.
prize-vote-already = You have voted in this category already; a vote is final.
prize-nominee-invalid = This project is not a nominee of the category.

## On a stocktaking entry's page

prize-entry-champion = WSIS Prizes { $year }: Champion, { $category }
prize-entry-winner = WSIS Prizes { $year }: Winner, { $category }
prize-audit-results-announced = Results announced
prize-results-of = The Champions from { $what }
prize-results-all = All the results

## The secretariat's home (issue 11)

secretariat-title = Secretariat
secretariat-intro = What waits for a decision, in every part of the platform, and the latest decisions.
secretariat-entries-waiting = Entries waiting for review
secretariat-forum = WSIS Forum { $year }
secretariat-forum-dates = { $from } to { $to }
secretariat-call-open = call for sessions open
secretariat-call-closed = call for sessions closed
secretariat-agenda-published = { $count ->
    [one] agenda published (one version)
   *[other] agenda published ({ $count } versions)
}
secretariat-agenda-unpublished = agenda not published
secretariat-proposals-waiting = Session proposals waiting for a decision
secretariat-registrations-waiting = Registrations waiting for approval
secretariat-outcomes-waiting = Session outcomes waiting for review
secretariat-submissions-waiting = Prize submissions waiting for a decision
secretariat-suspicions-waiting = Suspicious votes waiting for a decision
secretariat-recent = Latest decisions
secretariat-recent-none = Nothing has been decided yet.
