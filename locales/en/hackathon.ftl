## The WSIS Hackathon

hackathon-title = Hackathon
hackathon-intro = The WSIS Hackathon brings people together in teams to build solutions to challenges set with partner organisations. Teams submit their project before the deadline; a jury scores the projects against published criteria and one team wins each challenge.
hackathon-none = No hackathon has been announced yet.
hackathon-nav = This hackathon
hackathon-phase-upcoming = Not open yet
hackathon-phase-open = Teams and projects
hackathon-phase-judging = Jury
hackathon-phase-announced = Winners announced
hackathon-phase-now = Now: { $phase }
hackathon-challenges = Challenges
hackathon-no-challenges = No challenge has been published yet.
hackathon-partners = Partners:
hackathon-teams = Teams
hackathon-teams-count = { $count ->
    [0] No team yet
    [one] { $count } team
   *[other] { $count } teams
}
hackathon-members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
hackathon-project-submitted = project submitted
hackathon-see-also = its challenges, teams and winning projects, and how to take part.
hackathon-projects = Projects submitted
hackathon-winner = Winner
hackathon-rules = Rules
hackathon-rule-team = Teams have { $min } to { $max } members. A captain creates the team and invites the others by e-mail.
hackathon-rule-one-team = Each person may be in one team per challenge.
hackathon-rule-project = Each team submits one project: a public code repository, a description, a video if it has one, and up to { $files } files. Members may change it until the deadline.
hackathon-rule-jury = Jurors declare their conflicts of interest and score each project against the criteria below, from 1 to 10 each; the secretariat announces one winner per challenge.
hackathon-criteria = Criteria
hackathon-criterion-relevance = Relevance and impact
hackathon-criterion-relevance-text = How well the project answers its challenge and how many people it could help.
hackathon-criterion-innovation = Innovation
hackathon-criterion-innovation-text = How new the idea or its use of technology is.
hackathon-criterion-feasibility = Technical quality and feasibility
hackathon-criterion-feasibility-text = Whether it works, how well it is built, and whether it could be deployed and maintained.
hackathon-criterion-inclusion = Accessibility and inclusion
hackathon-criterion-inclusion-text = Whether people with disabilities, on slow networks or speaking other languages can use it.
hackathon-criterion-presentation = Presentation
hackathon-criterion-presentation-text = How clearly the team explains the problem, the solution and what comes next.
hackathon-participate-link = Take part: your teams and invitations
hackathon-jury-link = Jury: score the projects
hackathon-manage-link = Manage the hackathon
hackathon-back = Back to the hackathon
hackathon-back-challenge = Back to the challenge
hackathon-back-team = Back to the team
hackathon-back-jury = Back to the projects
hackathon-back-manage = Back to the management page
hackathon-closed = Teams and projects can be changed only while the hackathon is open.

## Editions and challenges (the secretariat)
hackathon-create-heading = Announce a hackathon
hackathon-settings-heading = Title, team size and dates
hackathon-create = Announce
hackathon-save = Save
hackathon-saved = Saved.
hackathon-manage-title = Manage the Hackathon { $year }
hackathon-field-year = Year
hackathon-field-title = Title
hackathon-field-team-min = Smallest team
hackathon-field-team-max = Largest team
hackathon-field-opens-at = Teams may form from
hackathon-field-closes-at = Deadline for projects
hackathon-field-announced-at = Winners announced on
hackathon-year-invalid = Enter a year between 2000 and 2100.
hackathon-date-required = Enter a date.
hackathon-date-order = This date must come after the one before it.
hackathon-team-size-invalid = Enter a number from 1 to 10.
hackathon-team-size-order = The largest team cannot be smaller than the smallest.
hackathon-text-required = Enter the text in English at least.
hackathon-text-too-long = This text is too long.
hackathon-challenge-add-heading = Add a challenge
hackathon-challenge-edit-heading = Change the challenge
hackathon-challenge-add = Add the challenge
hackathon-challenge-edit = Change
hackathon-field-challenge-title = Title of the challenge
hackathon-field-description = Description
hackathon-field-partners = Partner organisations
hackathon-partners-hint = One per line.
hackathon-partners-required = Name at least one partner organisation.
hackathon-partners-invalid = Name at most 10 partners, each in at most 120 characters.
hackathon-jurors-heading = Jurors
hackathon-field-juror-email = E-mail address of the juror's account
hackathon-juror-add = Add the juror
hackathon-juror-remove = Remove
hackathon-account-unknown = No account has this e-mail address: the juror must sign up first.
hackathon-ranking = Ranking by the jury
hackathon-ranking-empty = No project was submitted for this challenge.
hackathon-team = Team
hackathon-mean = Mean total (out of 50)
hackathon-spread = Lowest–highest
hackathon-jurors-scored = Jurors who scored
hackathon-conflicts = Declared conflicts of interest
hackathon-winners-heading = Winners
hackathon-field-winner = Winner
hackathon-winners-save = Save the winners
hackathon-winner-invalid = Choose a team of that challenge that submitted a project.
hackathon-jury-closed = Scores can be given only after the deadline and before the winners are announced.

## Taking part
hackathon-participate-title = Your part in the Hackathon { $year }
hackathon-participate-intro = Create a team for a challenge and invite the others by e-mail, or answer an invitation. The names of teams and of their members are public.
hackathon-invitations = Invitations waiting for your answer
hackathon-invitation-from = Invitation from
hackathon-accept = Join the team
hackathon-decline = Decline
hackathon-my-teams = Your teams
hackathon-no-team = You are not in a team yet.
hackathon-team-create-heading = Create a team
hackathon-team-create = Create the team
hackathon-field-team-name = Name of the team
hackathon-team-name-hint = 2 to 60 characters; no other team may have the same name.
hackathon-field-challenge = Challenge
hackathon-team-name-required = Enter a name of at least 2 characters.
hackathon-team-name-too-long = Enter a name of at most 60 characters.
hackathon-team-name-taken = Another team already has this name.
hackathon-challenge-required = Choose a challenge.
hackathon-one-team = You are already in a team for this challenge.
hackathon-captain = Captain
hackathon-members = Members
hackathon-leave = Leave the team
hackathon-captain-stays = The captain cannot leave the team.
hackathon-invite-heading = Invite a member
hackathon-field-invite-email = E-mail address
hackathon-invite-hint = They receive an e-mail and join once they sign in with this address and accept.
hackathon-invite = Send the invitation
hackathon-invited = The invitation was sent.
hackathon-invitations-sent = Invitations sent
hackathon-invitation-pending = waiting for an answer
hackathon-invitation-accepted = accepted
hackathon-invitation-declined = declined
hackathon-invitation-withdrawn = withdrawn
hackathon-withdraw = Withdraw
hackathon-already-member = This person is already in the team.
hackathon-already-invited = This address has already been invited to the team.
hackathon-team-full = The team is full: its members and the invitations waiting for an answer reach the largest team allowed.
hackathon-invitations-limit = The team has sent as many invitations as it may.
hackathon-invitation-answered = This invitation has already been answered or withdrawn.

## The project
hackathon-project = Project
hackathon-project-title = Project of { $team }
hackathon-project-intro = Any member may change the project until the deadline ({ $deadline }). You may attach up to { $files } files, one at a time.
hackathon-project-heading = The project
hackathon-no-project = The team has not submitted its project yet.
hackathon-project-edit = Submit or change the project
hackathon-field-project-title = Title of the project
hackathon-field-summary = Description
hackathon-summary-hint = What problem it solves, for whom, how it works, and what comes next. Separate paragraphs with an empty line.
hackathon-field-repo-url = Code repository
hackathon-repo-hint = A public address starting with https://
hackathon-field-video-url = Video
hackathon-field-file = Add a file
hackathon-file-hint = PDF, Word, PowerPoint, Excel, OpenDocument, PNG, JPEG or WebP, at most 20 MB.
hackathon-project-save = Save the project
hackathon-project-saved = The project was saved.
hackathon-team-too-small = The team needs at least as many members as the smallest team allowed (see the rules) before it saves its project.
hackathon-project-title-required = Enter the title of the project.
hackathon-project-summary-required = Describe the project.
hackathon-url-required = Enter the address of the code repository.
hackathon-url-invalid = Enter an address that starts with https://
hackathon-files = Files
hackathon-file-remove = Remove
hackathon-file-limit = A project may have at most 5 files: remove one first.
hackathon-file-type = This file is not a PDF, office document or image.
hackathon-file-too-large = This file is larger than 20 MB.

## The jury
hackathon-jury-title = Jury of the Hackathon { $year }
hackathon-jury-intro = { $count ->
    [one] You have scored { $scored } of { $count } project.
   *[other] You have scored { $scored } of { $count } projects.
}
hackathon-jury-intro-closed = { $count ->
    [one] You have scored { $scored } of { $count } project. Scores can be given only after the deadline and before the winners are announced.
   *[other] You have scored { $scored } of { $count } projects. Scores can be given only after the deadline and before the winners are announced.
}
hackathon-jury-none = No project to score in this challenge.
hackathon-scored = scored
hackathon-review-title = Project of { $team }
hackathon-scores-heading = Your scores
hackathon-score = Score (1 to 10)
hackathon-comment = Comment (optional)
hackathon-scores-save = Save the scores
hackathon-score-required = Choose a score.
hackathon-score-invalid = Choose a score from 1 to 10.
hackathon-conflict-heading = Conflict of interest
hackathon-conflict-intro = If you know this team or have an interest in its project, declare it: you will no longer see or score it, and any scores you gave it are removed.
hackathon-field-reason = Reason
hackathon-conflict-declare = Declare a conflict of interest
hackathon-reason-required = Give the reason.

## E-mails
hackathon-mail-invite-subject = Invitation to a team of the WSIS Hackathon { $year }
hackathon-mail-invite = { $captain } invites you to join the team “{ $team }” for the challenge “{ $challenge }” of the WSIS Hackathon { $year }. Sign in and answer the invitation on your hackathon page:
hackathon-mail-invite-signup = You do not have an account with this e-mail address yet: sign up with it first, then answer the invitation.
hackathon-mail-joined-subject = A new member joined your team of the WSIS Hackathon { $year }
hackathon-mail-joined = { $name } accepted your invitation and joined the team “{ $team }”.
