//! English interface text.

use super::Key;

pub fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        SkipToContent => "Skip to main content",
        Tagline => "Your library's career network",
        MainNav => "Main",
        NavHome => "Home",
        NavAbout => "About",
        NavAccount => "My account",
        NavDesk => "Library desk",
        NavSignIn => "Sign in",
        NavSignUp => "Create account",
        SignOut => "Sign out",
        Language => "Language",
        KioskBadge => "Public computer",
        FooterText => "Libranet is offered by your public library. It is free for everyone.",
        DemoBanner => {
            "Demo: the accounts and listings on this site are made up, for trying Libranet out."
        }
        Loading => "Loading…",
        NetworkError => {
            "We could not reach the library's server. Check the connection and try again."
        }
        ServerError => "Something went wrong on our side. Nothing was changed; please try again.",

        WelcomeTitle => "Find work and grow your career, with your library",
        WelcomeIntro => {
            "Set a goal, see the jobs that fit your skills, learn what you are missing at the library, and meet mentors and people who can help."
        }
        WelcomeJobs => "Jobs that fit you",
        WelcomeJobsText => "See which jobs you can do now and which are within reach.",
        WelcomeLearn => "Learn what you need",
        WelcomeLearnText => "For each missing skill, find a workshop, class or course near you.",
        WelcomeMentors => "Mentors and community",
        WelcomeMentorsText => "Meet mentors, peers and local employers who want to help.",
        WelcomeBack => "Welcome back, {0}.",
        GoToAccount => "Go to my account",
        KioskNotice => {
            "This is a public computer. After {0} minutes without activity you will be signed out, and everything you did here is cleared from this computer."
        }
        SignedOutIdle => {
            "You were signed out because the computer was not used for a while. Nothing of yours was left on this computer."
        }
        SignedOutManual => "You are signed out. Nothing of yours was left on this computer.",
        GetStarted => "Get started",

        SignUpTitle => "Create your account",
        SignUpIntro => "You only need a username and a password. An email address is optional.",
        Username => "Username",
        UsernameHint => "3 to 32 characters: letters a–z, digits, dots, dashes or underscores.",
        DisplayName => "Your name (optional)",
        DisplayNameHint => "How other people will see you. You can leave it empty.",
        Email => "Email (optional)",
        EmailHint => "Leave it empty if you do not have one.",
        Password => "Password",
        PasswordHint => {
            "At least 8 characters. A few words you will remember make a strong password."
        }
        ShowPassword => "Show password",
        CreateAccount => "Create account",
        HaveAccount => "Already have an account?",
        FixErrors => "Please fix the following:",
        SignInTitle => "Sign in",
        SignInIntro => "Sign in with your username and password.",
        SignInButton => "Sign in",
        SignInFailed => "The username or password is not right. Check them and try again.",
        TooManyAttempts => "Too many tries. Please wait {0} seconds, then try again.",
        SignInBusy => "Many people are signing in right now. Please try again in {0} seconds.",
        ForgotPassword => {
            "Forgot your password? Library staff can give you a one-time code to set a new one."
        }
        UseCodeLink => "I have a code from the library",
        NoAccount => "New here?",
        RedeemTitle => "Set your password with a library code",
        RedeemIntro => {
            "Enter the code library staff gave you and choose a new password. The code works once."
        }
        Code => "Code from the library",
        CodeHint => "8 letters and digits, for example ABCD-2345.",
        NewPassword => "New password",
        SetPassword => "Set password and sign in",
        Working => "Please wait…",

        AccountTitle => "My account",
        SignedInAs => "Signed in as {0}",
        YourRoles => "Your roles",
        AccountDetails => "Your details",
        Save => "Save",
        Saved => "Saved.",
        PreferredLanguage => "Preferred language",
        ChangePassword => "Change password",
        CurrentPassword => "Current password",
        PasswordChanged => "Your password was changed. You were signed out on every other device.",
        NeedSignIn => "Please sign in to see this page.",
        SessionKiosk => {
            "You are on a public computer: you will be signed out after {0} minutes without activity."
        }
        SessionPersonal => "You are on a personal device: you stay signed in for up to {0} days.",

        RolePatron => "Library patron",
        RoleLibraryWorker => "Library worker",
        RoleMentor => "Mentor",
        RolePartner => "Community partner",
        RoleStaff => "Library staff",
        RoleAdmin => "Administrator",

        DeskTitle => "Library desk",
        DeskIntro => {
            "Help patrons get started. You never see or choose a patron's password: they set it themselves with the code you give them."
        }
        EnrollTitle => "Enroll a patron",
        PatronName => "Patron's name (optional)",
        EnrollButton => "Create account and code",
        ResetTitle => "Reset code for a patron who forgot their password",
        ResetButton => "Issue reset code",
        CodeFor => "One-time code for {0}",
        CodeInstructions => {
            "Give this code to the patron. It works once, until {0}. They enter it under “I have a code from the library” on the sign-in page."
        }
        NotStaff => "This page is for library staff.",
        KioskSection => "This computer",
        KioskIsMarked => {
            "This browser is marked as a public computer: short sign-in times, and everything is cleared at sign-out."
        }
        KioskNotMarked => "This browser is treated as a personal device.",
        MarkKiosk => "Mark as a public computer",
        UnmarkKiosk => "Treat as a personal device",
        KioskMarkedTitle => "This is now a public computer",
        KioskMarkedText => {
            "People who sign in here are signed out after a short time without activity, and nothing of theirs stays on this computer."
        }

        AboutTitle => "About Libranet",
        AboutText => {
            "Libranet is a career network run by public libraries. Job seekers, library workers, mentors and community partners meet here to set goals, find work, learn new skills and help each other."
        }
        AboutPrivacyTitle => "Your privacy",
        AboutPrivacyText => {
            "You decide who sees your profile. You do not need an email address. On a public computer, everything is cleared when you sign out or leave it idle. Library statistics never show a single person."
        }

        AboutDataTitle => "Where the skills come from",
        AboutEsco => {
            "This service uses the ESCO classification of the European Commission. Libranet ships a subset of ESCO v1.1.1."
        }

        IdleTitle => "Are you still there?",
        IdleText => "To protect your privacy, you will be signed out in {0} seconds.",
        StillHere => "I'm still here",

        NotFoundTitle => "Page not found",
        NotFoundText => "There is nothing at this address.",
        BackHome => "Go to the home page",

        ProblemRequired => "Please fill this in.",
        ProblemUsernameTooShort => "Use at least 3 characters.",
        ProblemUsernameTooLong => "Use at most 32 characters.",
        ProblemUsernameCharacters => {
            "Use only letters a–z, digits, dots, dashes and underscores, and start with a letter or digit."
        }
        ProblemUsernameTaken => {
            "This username is already taken. Try adding a number or your initials."
        }
        ProblemPasswordTooShort => "Use at least 8 characters.",
        ProblemPasswordTooLong => "Use at most 128 characters.",
        ProblemPasswordCommon => {
            "This password is very common and easy to guess. Choose another, for example a few words you will remember."
        }
        ProblemPasswordIsUsername => "The password must not be the same as the username.",
        ProblemEmailInvalid => {
            "This does not look like an email address. Check it, or leave the field empty."
        }
        ProblemDisplayNameInvalid => "Use at most 60 characters, on one line.",
        ProblemCurrentPasswordWrong => "Your current password is not right.",
        ProblemCodeInvalid => {
            "This code is not right or has expired. Check it, or ask library staff for a new one."
        }
        ProblemUnknownUser => "There is no account with this username.",
        ProblemNotAllowed => "This is not allowed here.",
        ProblemWrongType => "This value has the wrong form.",
        ProblemUnknownSkill => "This skill is not in the skills list. Pick one of the suggestions.",
        ProblemTooMany => "There are too many here. Remove some, then try again.",

        MySkills => "My skills",
        MySkillsIntro => {
            "Add the skills you have, from work, school, caring for family or volunteering. Type a few letters and pick from the list."
        }
        FindSkill => "Add a skill",
        FindSkillHint => "For example: forklift, customer service, cooking, spreadsheets.",
        NoSkillsYet => "No skills yet.",
        NoSkillFound => "No skill matches. Try another word.",
        SkillsLoading => "Loading the skills list…",
        LevelLearning => "Learning",
        LevelWorking => "Use it at work",
        LevelExpert => "Could teach it",
        LevelFor => "Level for {0}",
        RemoveSkill => "Remove {0}",
        SaveSkills => "Save my skills",
        SkillsSaved => "Your skills are saved.",
        NavJobs => "Jobs",
        NavMatches => "My matches",
        NavPlan => "My plan",
        StartTitle => "Jobs that fit you",
        StartIntro => {
            "Tell us a little about your work. In under two minutes you will see jobs you can do now, jobs within reach, and where to learn what is missing."
        }
        StartPastTitle => "1. Jobs you have done",
        PastJobTitle => "A job title you have had",
        PastJobHint => "Type a few letters, for example cashier or cook, then pick from the list.",
        SuggestedFrom => "Skills a {0} usually has. Uncheck any you do not have.",
        AddCheckedSkills => "Add the checked skills",
        StartSkillsTitle => "2. Your skills",
        StartTargetTitle => "3. What you would like to do (optional)",
        TargetJob => "A job you would like",
        TargetHint => "We will show jobs of this kind first and make it a goal in your plan.",
        YourTarget => "Your goal: {0}",
        SaveProfile => "Save to my profile",
        ProfileSaved => "Saved to your profile.",
        CanDoNow => "Jobs you can do now",
        WithinReach => "Jobs within reach",
        NoMatchesYet => "Add a few skills or a past job to see jobs here.",
        MatchPercent => "{0}% match",
        YouHave => "You have:",
        YouNeed => "To learn for this job:",
        NoWayToLearn => "No class listed yet. Ask library staff about ways to learn it.",
        Free => "Free",
        KindWorkshop => "Library workshop",
        KindCourse => "College course",
        KindEsol => "ESOL class",
        KindOnline => "Online course",
        AddToPlan => "Add to my plan",
        AddToPlanFor => "Add learning {0} to my plan",
        AddedToPlan => "Added to your plan.",
        AlreadyInPlan => "Already in your plan.",
        DefaultGoal => "Find work",
        StepLearn => "Learn: {0}",
        StepLearnThrough => "Learn {0} through {1}",
        JobsTitle => "Find a job",
        SearchJobs => "Search jobs by title, skill, employer or place",
        FacetPlace => "Place",
        FacetWorkMode => "Where you work",
        FacetSchedule => "Hours",
        FacetEmployer => "Employer",
        FacetPosted => "Posted",
        FacetMatch => "Your match",
        All => "All",
        AnyTime => "Any time",
        LastDay => "In the last day",
        LastWeek => "In the last week",
        LastMonth => "In the last month",
        AnyMatch => "Any match",
        AtLeastPercent => "At least {0}%",
        JobsFound => "{0} jobs found",
        WorkOnSite => "On site",
        WorkHybrid => "Hybrid",
        WorkRemote => "Remote",
        FullTime => "Full time",
        PartTime => "Part time",
        Temporary => "Temporary",
        Seasonal => "Seasonal",
        PerHour => "an hour",
        PerWeek => "a week",
        PerMonth => "a month",
        PerYear => "a year",
        JobTitle => "Job",
        JobNotFound => "This job is not listed here. It may have been removed.",
        JobClosed => "This job is closed: it no longer takes applications.",
        JobClosedShort => "A closed job",
        Pay => "Pay",
        Posted => "Posted",
        Closes => "Apply by",
        AboutJob => "About the job",
        EssentialSkills => "Skills needed",
        OptionalSkills => "Skills that help",
        HowToApply => "How to apply",
        HaveEveryEssential => "You have every skill this job needs.",
        TrackerTitle => "My job applications",
        TrackStatus => "Where you are with this job",
        NotTracked => "Not saved",
        StatusSaved => "Saved",
        StatusApplied => "Applied",
        StatusInterview => "Interview",
        StatusOffer => "Offer",
        StatusClosed => "Closed",
        NothingTracked => "No saved jobs yet. Save a job from its page.",
        PlanTitle => "My plan",
        PrintPlan => "Print my plan",
        PlanConflict => {
            "Your plan was changed on another device. This is the newest copy; please make your change again."
        }
        StepsDone => "{0} of {1} steps done",
        NoGoalsYet => "No goals yet. Add one below, or add steps from your matches.",
        NewGoal => "New goal",
        NewGoalHint => "For example: work in a warehouse by spring.",
        AddGoal => "Add goal",
        NewStep => "New step",
        AddStep => "Add step",
        DueDate => "Due date",
        Remove => "Remove",
        RemoveGoal => "Remove goal {0}",
        RemoveStep => "Remove step {0}",
        StatusOf => "Status of {0}",
        StepTodo => "To do",
        StepDoing => "Doing",
        StepDone => "Done",
        KindLearn => "Learn",
        KindAttend => "Attend",
        KindApply => "Apply",
        KindOther => "Step",
        ImportTitle => "Post many jobs at once",
        ImportIntro => {
            "Upload a CSV file or schema.org JobPosting JSON. Good rows are posted; rows with problems are listed below with what to fix."
        }
        ImportFormatLabel => "File format",
        ImportColumns => "CSV columns (first row): {0}. Separate several skills with ;",
        ImportFile => "Choose a file",
        ImportText => "Or paste the contents",
        ImportButton => "Post these jobs",
        ImportEmpty => "Choose a file or paste its contents first.",
        ImportDone => "{0} jobs posted, {1} problems to fix.",
        ImportProblems => "Rows left out",
        Row => "Row",
        Field => "Field",
        WhatToFix => "What to fix",
        NotPartner => "Only community partners and library staff can post jobs.",
        ProblemTooLong => "This is too long; please shorten it.",
        ProblemDateInvalid => "Write the date as year-month-day, for example 2026-12-31.",
        ProblemDateOrder => "The closing date must not be before the posting date.",
        ProblemRangeOrder => "The highest value must not be below the lowest.",
        ProblemUnknownOccupation => "This occupation is not in the skills list.",
        ProblemLinkInvalid => "Use a full web address starting with https://",
        ProblemCsvHeader => "The first row must name the columns, including title.",
        AboutMe => "About me",
        Headline => "Headline",
        HeadlineHint => "A line about you, for example: Warehouse worker learning forklift.",
        AboutField => "About you",
        Region => "Town or region",
        RegionHint => "No street address, please.",
        LanguagesSpoken => "Languages you speak",
        LanguagesHint => "Separate them with commas.",
        WorkHistory => "Work history",
        Education => "Education",
        AddWorkEntry => "Add a job",
        AddEducationEntry => "Add a school or course",
        JobTitleField => "Job title",
        FromYear => "From (year)",
        ToYear => "Until (year)",
        School => "School or program",
        Studied => "What you studied or earned",
        AddEntry => "Add",
        RemoveEntry => "Remove {0}",
        WhoSees => "Who can see my profile",
        VisibleOnlyMe => "Only me",
        VisibleStaff => "Library staff helping me",
        VisibleMembers => "Members of this network",
        VisiblePublic => "Anyone",
        ExportResume => "Download my profile (JSON Resume)",
        ImportResume => "Load a JSON Resume file",
        ResumeLoaded => "The file was read. Check the fields, then save.",
        ResumeInvalid => "This file is not a JSON Resume. Nothing was changed.",
        ResumeUnknownSkills => "Not found in the skills list (add them by hand): {0}",
        PostOneJob => "Post one job",
        PostJob => "Post the job",
        JobPosted => "The job is posted.",
        SeeJob => "See it",
        PayFrom => "Pay from ($)",
        PayTo => "Pay up to ($)",
        PayPer => "Pay per",
        AddResource => "Add a learning resource",
        ResourceName => "Name of the class or course",
        Provider => "Who offers it",
        ResourceKindLabel => "Kind",
        ResourceFormatLabel => "How it is taken",
        FormatInPerson => "In person",
        FormatOnline => "Online",
        Teaches => "Skills it teaches",
        Cost => "Cost ($)",
        CostHint => "0 or empty if it is free.",
        Link => "Web address",
        When => "When it runs",
        ResourceAdded => "The resource is added; it now shows in gap analyses.",
        PostJobsTitle => "Post jobs",
        NavPost => "Post jobs",
        ImportTooLarge => {
            "This file is larger than 2 MB. Split it into smaller files and post them one by one."
        }
        EditJob => "Edit a job listing",
        EditOrClose => "Edit or close this listing",
        ListingOpen => "This listing is open and shows in search.",
        ListingClosed => "This listing is closed and hidden from search.",
        CloseListing => "Close this listing",
        ReopenListing => "Open this listing again",
        NavLearn => "Learn",
        LearnTitle => "Ways to learn",
        LearnIntro => {
            "Library workshops, college courses, ESOL classes and online courses near you, with the skills each one teaches."
        }
        LearnFilter => "Filter by name, place or skill",
        ResourcesFound => "{0} ways to learn",
        EditOrWithdraw => "Edit or withdraw",
        EditResource => "Edit a learning resource",
        NavMentoring => "Mentoring",
        NavInbox => "Inbox",
        UnreadShort => "unread",
        UnreadCount => "{0} unread",
        New => "New",
        InboxTitle => "Inbox",
        InboxEmpty => {
            "Nothing here yet. Requests, answers, messages and reminders will appear here."
        }
        MarkAllRead => "Mark all as read",
        ProblemTimeInvalid => "Write the time as HH:MM on a 24-hour clock, for example 18:30.",
        ProblemFull => "This is full; no places are left.",
        AreaPublic => "Public libraries",
        AreaAcademic => "Academic libraries",
        AreaSchool => "School libraries",
        AreaSpecial => "Special libraries",
        AreaArchives => "Archives",
        AreaTechnical => "Technical services",
        AreaYouth => "Youth services",
        AreaLeadership => "Leadership",
        AreaDigital => "Digital services",
        AreaCareerChange => "Changing careers",
        ModeRemote => "Online",
        ModeInPerson => "In person",
        ModeBoth => "Online or in person",
        MentoringTitle => "LibLine mentoring",
        MentoringIntro => {
            "Find a mentor who fits your goals, or share your experience as a mentor. Open to everyone, in any region; no membership needed."
        }
        FindMentor => "Find a mentor",
        MyMentoringProfile => "My mentoring profile",
        BackToMentoring => "Back to mentoring",
        PairsTitle => "Your mentorships",
        NoPairsYet => "No mentorships yet.",
        YourMentor => "your mentor",
        YourMentee => "your mentee",
        PairEnded => "Ended",
        ReceivedTitle => "Requests you received",
        SentTitle => "Requests you sent",
        NoRequestsReceived => "No requests received.",
        NoRequestsSent => "You have not asked a mentor yet.",
        RequestPending => "Waiting for the mentor",
        RequestMoreInfo => "The mentor asked a question",
        RequestAccepted => "Accepted",
        RequestDeclined => "Declined",
        RequestExpired => "Expired without an answer",
        RequestWithdrawn => "Withdrawn",
        ExpiresOn => "open until {0}",
        MenteeGoals => "Career goals",
        Topics => "Topics",
        Languages => "Languages",
        MeetingModeLabel => "How to meet",
        MentorAsked => "The mentor asked:",
        MenteeAnswered => "Answer:",
        DeclineReason => "Reason:",
        AnswerTextMentor => "A reason or a question (optional for declining)",
        AnswerTextMentee => "Your answer",
        Accept => "Accept",
        Decline => "Decline",
        AskMore => "Ask for more information",
        SendAnswer => "Send answer",
        Withdraw => "Withdraw",
        MentoringChanged => "Someone else changed this first. The page shows it as it is now.",
        MentorFull => "This mentor has no free places left.",
        CohortsTitle => "Cohorts",
        NoCohorts => "No cohorts are open right now.",
        CohortCounts => "{0} mentors, {1} mentees",
        CohortPublished => "Pairs published",
        JoinAs => "Join as {0}",
        CohortJoined => "You are in as {0}",
        CohortApplied => "You asked to join as {0}",
        AskJoinMentee => "Ask to join as mentee",
        AskJoinMentor => "Ask to join as mentor",
        CohortRoleMentor => "mentor",
        CohortRoleMentee => "mentee",
        NewCohortName => "Name of a new cohort",
        CreateCohort => "Create cohort",
        MenteeFormTitle => "What I want from a mentor",
        MenteeFormIntro => "Mentors you ask see this, and nobody else.",
        NoGoalsForMentoring => "Add a goal to your plan first, then link it here.",
        TopicsWanted => "Areas you want help with",
        SkillsWanted => "Skills you want to work on",
        MenteeAbout => "A few words about yourself (optional)",
        MentorFormTitle => "Offer mentoring",
        MentorFormIntro => {
            "Anyone with experience in library or information work may mentor, from any region. Members see this offer."
        }
        PausedForExpiries => {
            "Your offer is paused because several requests expired without an answer. Check it and save to open it again."
        }
        MentorAreas => "Areas you know",
        MentorSkills => "Skills you can help with",
        MentorNeedsTopic => "Choose at least one area or skill.",
        YearsInField => "Years in the field",
        Capacity => "Most mentees at a time",
        CapacityHint => "From 1 to 20. Requests stop when your places are full.",
        HoursPerMonth => "Hours a month you can give",
        MentorAbout => "About your experience (optional)",
        OpenForRequests => "Open for new requests",
        NeedMenteeProfile => {
            "First say what you want from a mentor, so mentors can be ranked for you."
        }
        FilterArea => "Area",
        AnyArea => "Any area",
        FilterLanguage => "Speaks",
        FilterRemote => "Online meetings only",
        MentorsFound => "{0} mentors fit what you asked for",
        FitScore => "{0}% fit",
        WhyThisMatch => "Why this match",
        WhyTopics => "Knows what you asked about: {0}",
        WhyGoal => "Can help with your goal: {0}",
        WhyLanguage => "Speaks {0}",
        WhyRemote => "You can meet online",
        WhyInPerson => "You can meet in person",
        WhyEither => "You can meet online or in person",
        WhyRegion => "Also in {0}",
        WhyYears => "{0} years in the field",
        WhySeats => "{0} of {1} places free",
        AskThisMentor => "Ask this mentor",
        RequestMessage => "Message to the mentor",
        RequestMessageHint => "Say what you hope to work on together.",
        SendRequest => "Send request",
        RequestSent => "Request sent. You will hear back in your inbox.",
        PairTitle => "Mentorship",
        PairWith => "Mentorship with {0}",
        YouAreMentor => "You are the mentor.",
        YouAreMentee => "You are the mentee.",
        PairEndedOn => "This mentorship ended on {0}. It stays in your history.",
        SharedGoalsTitle => "Shared goals",
        NoSharedGoals => "No goals yet.",
        AddSharedGoal => "A goal to work on",
        Add => "Add",
        CheckInsTitle => "Check-ins",
        NoCheckIns => "No check-ins scheduled.",
        CheckIn => "LibLine check-in",
        MinutesLong => "{0} minutes",
        AddToCalendar => "Add to calendar",
        ExportAllCheckIns => "Download all check-ins for your calendar",
        Cancel => "Cancel",
        Day => "Day",
        Time => "Time",
        Minutes => "Minutes",
        CheckInTopic => "Topic (optional)",
        ScheduleCheckIn => "Schedule check-in",
        MessagesTitle => "Messages",
        NoMessages => "No messages yet.",
        You => "You",
        WriteMessage => "Write a message",
        Send => "Send",
        MessageSent => "Message sent.",
        MyNotesTitle => "My private notes",
        MyNotes => "Notes",
        MyNotesHint => "Only you can see these notes.",
        SaveNotes => "Save notes",
        EndTitle => "End the mentorship",
        EndHint => "Either of you can end it at any time. Your feedback helps the library.",
        FeedbackTitle => "Your feedback",
        FeedbackRating => "How helpful was it?",
        NoFeedback => "Rather not say",
        RatingOf => "{0} of 5",
        FeedbackComment => "Comment (optional)",
        EndMentorship => "End mentorship",
        SendFeedback => "Send feedback",
        YourFeedback => "You rated it {0} of 5.",
        SafetyTitle => "Safety",
        SafetyHint => {
            "If something is wrong, block the person or tell library staff. Staff see your report, and your messages only if you attach them."
        }
        BlockPerson => "Block {0}",
        UnblockPerson => "Unblock {0}",
        Blocked => "Blocked. Neither of you can send messages now.",
        Unblocked => "Unblocked.",
        ReportPerson => "Report to library staff",
        ReportReason => "What happened?",
        AttachMessages => "Attach our messages so staff can read them",
        SendReport => "Send report",
        ReportSent => "Report sent to library staff.",
        CohortTitle => "Cohort",
        CohortMembers => "Members",
        Name => "Name",
        CohortRoleLabel => "Role",
        CohortStatus => "Status",
        FreePlaces => "Free places",
        MemberInvited => "Invited",
        MemberApplied => "Asked to join",
        MemberJoined => "Joined",
        NoMentoringProfile => "no mentoring profile yet",
        InviteButton => "Invite",
        Invited => "Invitation sent.",
        PublishedPairs => "Published pairs",
        AssignmentTitle => "Best overall assignment",
        AssignmentHint => {
            "Pairs everyone who can be paired, with the highest total fit, never past a mentor's free places and never across a missing language or way to meet. Pin or forbid pairs, then compute again."
        }
        ComputeAssignment => "Compute assignment",
        AssignmentDone => "{0} pairs found; {1} mentees without a mentor.",
        PinsConflict => {
            "These pins cannot all hold: a mentor has more pins than places, or a pinned pair is also forbidden."
        }
        TotalFit => "Total fit {0} over {1} pairs",
        Fit => "Fit",
        Actions => "Actions",
        SameRegion => "same region",
        Pin => "Pin",
        Forbid => "Forbid",
        PinnedPair => "Pinned: {0} with {1}",
        ForbiddenPair => "Forbidden: {0} with {1}",
        Unmatched => "Without a mentor this time:",
        PublishCohort => "Publish and tell everyone",
        CohortPublishedNow => "Published. Everyone in the cohort has been told.",
        NoteRequestReceived => "{0} asked you to be their mentor.",
        NoteRequestAccepted => "{0} accepted your request. Your mentorship has started.",
        NoteRequestDeclined => "{0} declined your request.",
        NoteRequestMoreInfo => "{0} asked a question about your request.",
        NoteRequestAnswered => "{0} answered your question.",
        NoteRequestWithdrawn => "{0} withdrew their request.",
        NoteRequestExpired => {
            "Your request to {0} expired without an answer. You can ask another mentor."
        }
        NoteMentorPaused => {
            "Your mentoring offer was paused because requests expired without an answer. Open it again from your mentoring profile."
        }
        NoteMessage => "New messages from {0}.",
        NoteCheckInScheduled => "{0} scheduled a check-in for {2}.",
        NoteCheckInSoon => "Reminder: check-in on {2}.",
        NoteMentorshipEnded => "{0} ended your mentorship. You can leave feedback.",
        NoteCohortInvite => "You are invited to the cohort {0} as {1}.",
        NoteCohortApplied => "Someone asked to join the cohort {0}.",
        NoteCohortPublished => "Cohort {1}: you are paired with {0}.",
        NoteCohortUnmatched => "Cohort {0} is published; there was no pair for you this time.",
        ReportsTitle => "Reports",
        NoReports => "No reports.",
        ReportAbout => "{0} reported {1} on {2}",
        AttachedMessages => "Messages the reporter attached",
        NoMessagesAttached => "No messages attached; the conversation stays private.",
        ProblemControlCharacters => {
            "This text has invisible control characters; type it again without them."
        }
        NoteConnectionRequest => "{0} asked to connect with you.",
        NoteConnectionAccepted => {
            "{0} accepted your request to connect. You can now write to each other."
        }
        NoteConnectionDeclined => "{0} declined your request to connect.",
        NoteConnectionMessage => "New message from {0}.",
        NoteConnectionReminder => "A request to connect has waited a week for your answer.",
        NoteNeedPaused => {
            "One of your needs was paused because a request to connect went unanswered for two weeks. Answer it, then edit the need to open it again."
        }
        NoteNeedExpired => "One of your needs reached its end date and was closed.",
        NotePartnerVerified => {
            "Library staff verified your organisation. Your needs are now visible."
        }
        NavCommunity => "Community",
        CommunityTitle => "Community needs and skills",
        CommunityIntro => {
            "Community partners post work that needs library skills; library workers find the needs that fit, and partners find the people."
        }
        CommunityNavLabel => "Community pages",
        NeedsTitle => "Needs",
        DirectoryTitle => "Library expertise",
        MySkillsRecord => "My skills record",
        ConnectionsTitle => "Connections",
        FitHas => "You have: {0}",
        FitWants => "You want to develop: {0}",
        FitMissing => "Also asked for: {0}",
        AskToConnect => "Ask to connect",
        ConnectMessage => "Message (optional)",
        ConnectSent => "Request sent. You will hear back in your inbox.",
        SkillsRecordIntro => {
            "Record the skills you have, with how well you know each and what shows it, and the skills you want to develop. Choose who may find you."
        }
        Level => "Level",
        EvidenceKindLabel => "Shown by",
        EvidenceProject => "A project",
        EvidenceCourse => "A course",
        EvidenceCertificate => "A certificate",
        EvidenceTitle => "Which one (optional)",
        SkillsIHave => "Add a skill you have",
        SkillsIWant => "Skills you want to develop",
        ForProjects => "Available for projects",
        ForTeaching => "Available to teach",
        WhoCanFindMe => "Who can find this record",
        NeedsForYou => "Needs that fit your skills",
        NeedsNeedSkills => "Add your skills to see the needs that fit you best.",
        NeedsFound => "{0} needs fit your skills",
        HoursInAll => "{0} hours in all",
        NeedOpen => "Open",
        NeedAwaiting => "Waiting for library staff to verify your organisation",
        NeedPausedStatus => "Paused: a request to connect is waiting for your answer",
        NeedClosed => "Closed",
        PartnerTitle => "Your organisation's needs",
        YourNeeds => "Needs you posted",
        NoNeedsYet => "No needs posted yet.",
        OrgMissing => {
            "Describe your organisation first. Library staff verify it before your needs are shown."
        }
        OrgAwaiting => {
            "Library staff have not verified your organisation yet; your needs will show once they have."
        }
        OrgTitle => "Your organisation",
        OrgName => "Organisation name",
        OrgWebsite => "Website (https://…, optional)",
        OrgAbout => "What your organisation does",
        PostNeed => "Post a need",
        NeedTitle => "What do you need done?",
        NeedDescription => "Details",
        NeedSkills => "Skills needed",
        NeedHours => "Hours in all",
        NeedPlace => "Where (town or branch)",
        NeedRemote => "Can be done remotely",
        NeedStarts => "Starts on",
        NeedEnds => "Ends on",
        NeedPosted => "Need posted.",
        OpenUntil => "open until {0}",
        ShowMatchingWorkers => "Show library workers who fit",
        CloseNeed => "Close this need",
        NoWorkersFit => "Nobody's skills fit this need yet.",
        SearchSkill => "Skill or name",
        WorkersFound => "{0} people",
        NoConnections => "No connections yet. Ask to connect from a need or from the directory.",
        ConnectionPending => "Waiting for an answer",
        ConnectionAccepted => "Connected",
        ConnectionDeclined => "Declined",
        AboutNeed => "about “{0}”",
        VerifyPartnersTitle => "Community partners to verify",
        NoPartnersWaiting => "No partners waiting.",
        VerifyPartner => "Verify {0}",
        Verify => "Verify",
        About => "About",
        AccountSuspended => {
            "Library staff suspended this account until {0}. Ask at the desk if you think this is a mistake."
        }
        ActionDismiss => "Close without action",
        ActionHide => "Hide it from everyone",
        ActionRestore => "Show it again",
        ActionSuspend => "Suspend the author",
        ActionWarn => "Warn the author",
        AdaptTitle => "Adapt it",
        AdaptationsTitle => "Adapted versions",
        AdaptedFromLabel => "Adapted from:",
        AdaptingFrom => "Adapting “{0}” by {1}. Say what you changed in the description.",
        AnAdaptation => "an adapted version",
        ApproveRecommendation => "Approve and show on my page",
        AskToJoin => "Ask to join",
        AudienceAdults => "Adults",
        AudienceChildren => "Children",
        AudienceLabel => "Audience",
        AudienceLibraryStaff => "Library staff",
        AudienceNewcomers => "Newcomers",
        AudienceSeniors => "Seniors",
        AudienceTeens => "Teens",
        BlockHint => {
            "Blocking hides you from each other everywhere: pages, posts, resources, needs and mentoring."
        }
        CommentsTitle => "Comments",
        Date => "Date",
        Decide => "Record decision",
        DecisionLabel => "Decision",
        DecisionNote => "Note to the author",
        DecisionNoteHint => "Needed for a warning or suspension; kept in the moderation log.",
        Description => "Description",
        DownloadFile => "Download {0} ({1})",
        Endorse => "Endorse",
        EndorseSkillOf => "Endorse {0}",
        Endorsed => "Endorsed ✓",
        EndorsedBy => "endorsed by {0}",
        FileHint => {
            "PDF, Word, PowerPoint, Excel, OpenDocument, plain text, PNG or JPEG, up to 5 MB."
        }
        FileLabel => "File (optional if you give a link)",
        FollowHint => "Followers get replies in their inbox.",
        FollowThread => "Follow this thread",
        Following => "Following",
        FormattingHint => {
            "**bold**, _italic_, `code`, [text](https://…), lines starting with - make a list, @username mentions a member."
        }
        GroupAbout => "What the group is about",
        GroupApproval => "members approved by the organiser",
        GroupInterest => "Interest group",
        GroupJobClub => "Job club",
        GroupKindLabel => "Kind of group",
        GroupMember => "You are a member",
        GroupMembersCount => "{0} members",
        GroupMembersTitle => "Members",
        GroupName => "Group name",
        GroupOpen => "open to all",
        GroupOpenChoice => "Anyone may join without approval",
        GroupOrganiser => "You organise this group",
        GroupPending => "Waiting for the organiser",
        GroupRegionHint => "Required for a regional group.",
        GroupRegional => "Regional group",
        GroupStarted => "The group is started.",
        GroupsIntro => "Job clubs, interest and regional groups: talk in threads and meet up.",
        GroupsTitle => "Groups",
        HiddenNow => "hidden",
        JoinGroup => "Join",
        LeaveGroup => "Leave the group",
        LicenceCc0 => "CC0 1.0 (no rights reserved)",
        LicenceCcBy => "CC BY 4.0 (credit me)",
        LicenceCcByNc => "CC BY-NC 4.0 (credit me, not for profit)",
        LicenceCcByNcNd => "CC BY-NC-ND 4.0 (credit me, not for profit, no changes)",
        LicenceCcByNcSa => "CC BY-NC-SA 4.0 (credit me, not for profit, share alike)",
        LicenceCcByNd => "CC BY-ND 4.0 (credit me, no changes)",
        LicenceCcBySa => "CC BY-SA 4.0 (credit me, share alike)",
        LicenceHint => {
            "Creative Commons licences say how others may reuse your work. “No changes” licences allow no adapted versions."
        }
        LicenceLabel => "Licence",
        MaterialHandout => "Handout",
        MaterialKindLabel => "Kind of material",
        MaterialLessonPlan => "Lesson plan",
        MaterialSlides => "Slides",
        MaterialWorksheet => "Worksheet",
        MeetupDetails => "Details (optional)",
        MeetupPlace => "Where (branch and room, or a web link)",
        MeetupTitle => "What",
        MeetupsTitle => "Meet-ups",
        MembersOnlyHint => "Threads, meet-ups and members are for members of the group.",
        ModerationLogTitle => "Moderation log",
        MyPage => "My page",
        NewThread => "Start a thread",
        NoAdaptationsAllowed => "Its licence allows no adapted versions.",
        NoGroups => "No groups yet. Start the first one below.",
        NoMeetups => "No meet-ups planned.",
        NoModeration => "No moderation decisions yet.",
        NoRecommendations => "No recommendations yet.",
        NoTeaching => "No resources found.",
        NoThreads => "No threads yet.",
        NobodyBlocked => "You have not blocked anyone.",
        NoneWaiting => "Nothing waiting.",
        NotRated => "Not rated yet",
        NoteContentHidden => "Library staff hid your {0}.",
        NoteContentRestored => "Library staff showed your {0} again.",
        NoteEndorsement => "{0} endorsed one of your skills.",
        NoteGroupJoinAccepted => "You are now a member of {0}.",
        NoteGroupJoinRequest => "{0} asked to join {1}.",
        NoteMentioned => "{0} mentioned you in “{1}”.",
        NoteRecommendationApproved => "{0} approved your recommendation; it shows on their page.",
        NoteRecommendationReceived => {
            "{0} wrote you a recommendation. Approve it to show it on your page."
        }
        NoteReportHandled => "Library staff looked at your report. Thank you.",
        NoteResourceAdapted => "{0} published an adapted version of your resource: {1}.",
        NoteResourceComment => "{0} commented on {1}.",
        NoteSuspended => "Library staff suspended your account until {0}.",
        NoteThreadReply => "{0} replied in “{1}”.",
        NoteWarned => "Library staff sent you a warning.",
        OpenLink => "Open the link",
        OrLink => "Or a link to it",
        OrLinkHint => "A full web address starting with https://",
        PeopleIBlocked => "People I blocked",
        PersonTitle => "Member",
        PlanMeetup => "Plan a meet-up",
        PostComment => "Post comment",
        PostReply => "Post reply",
        ProblemDatePast => "This day has passed; pick today or a later day.",
        ProblemTimeClash => "This overlaps another appointment at that time; pick another time.",
        ProblemHiddenCharacters => {
            "This has invisible direction or zero-width characters, often from pasting; type it again without them."
        }
        ProblemFileTooLarge => {
            "This file is larger than 5 MB. Share a smaller file or a link instead."
        }
        ProblemFileType => {
            "This kind of file cannot be shared. Use PDF, Word, PowerPoint, Excel, OpenDocument, plain text, PNG or JPEG."
        }
        PublishAdaptation => "Publish an adapted version",
        RatingSummary => "{0} of 5 ({1} ratings)",
        RatingTitle => "Rating",
        ReadingFile => "Reading the file…",
        RecommendationHint => {
            "What you saw them do, and how it helped. The person approves it before it shows."
        }
        RecommendationSent => "Sent. It shows once they approve it.",
        RecommendationsTitle => "Recommendations",
        RecommendedBy => "{0} on {1}",
        RecordNotShared => "This person does not share a skills record with you.",
        RemoveEndorsementOf => "Take back your endorsement of {0}",
        RemoveResource => "Take this resource down",
        RepliesCount => "{0} replies",
        ReportHandledLabel => "handled",
        ReportOpen => "open",
        ResourceLanguage => "Language it is written in",
        ResourceTitle => "Title",
        SearchResources => "Search by title, skill or language",
        SendRecommendation => "Send recommendation",
        ShareResource => "Share a resource",
        SkillsAndEndorsements => "Skills and endorsements",
        StaffMember => "Staff member",
        StartGroup => "Start a group",
        StartThread => "Start thread",
        SuspendDays => "Days of suspension (1 to 365)",
        TakeOffMyPage => "Take off my page",
        TargetComment => "comment",
        TargetMentorship => "mentorship",
        TargetNeed => "need",
        TargetPost => "post",
        TargetProfile => "profile",
        TargetRecommendation => "recommendation",
        TargetResource => "teaching resource",
        TeachesSkills => "Teaches: {0}",
        TeachesWhichSkills => "Skills it teaches",
        TeachingIntro => {
            "Lesson plans, worksheets and slides library workers share under Creative Commons licences. Those that teach a skill show in gap analyses."
        }
        TeachingMaterials => "Teaching materials shared by library workers:",
        TeachingTitle => "Teaching resources",
        ThreadBody => "Message",
        ThreadTitle => "Title",
        ThreadsTitle => "Threads",
        WaitingRecommendations => "Recommendations waiting for your approval",
        WriteComment => "Write a comment",
        WriteRecommendation => "Write a recommendation",
        WriteReply => "Write a reply",
        YouBlockedThem => "You blocked this person.",
        YourRating => "Your rating",
        GoneOrHidden => "This is not here: it was removed, or you cannot see it.",
        AlreadyReported => "You already reported this; library staff will look at it.",
        ActionReinstate => "Lift the author's suspension",
        NavEvents => "Events",
        EventsTitle => "Events",
        EventsIntro => {
            "Workshops, info sessions, job fairs and meet-ups at the library and online. Sign up for a seat; when an event is full, join the waitlist and you move up by yourself when a seat frees."
        }
        NoEvents => "No upcoming events.",
        AddMyEventsToCalendar => "Add all my events to my calendar",
        EventWorkshop => "Workshop",
        EventInfoSession => "Info session",
        EventJobFair => "Job fair",
        EventMeetup => "Meet-up",
        Online => "Online",
        EventCancelledLabel => "Cancelled",
        YouAreGoing => "You have a seat.",
        WaitlistPlace => "You are number {0} on the waitlist.",
        EventFull => "Full: {0} waiting.",
        SeatsLeft => "{0} of {1} seats left",
        SignInToJoin => "Sign in to sign up",
        LeaveEventNamed => "Give up my place at {0}",
        LeaveEvent => "Give up my place",
        JoinWaitlist => "Join the waitlist",
        SignUpForEvent => "Sign up",
        PublishEvent => "Publish an event",
        PublishEventHint => {
            "Library staff and verified partners publish events. A weekly series makes one event per date."
        }
        EventTitle => "Title",
        EventKindLabel => "Kind of event",
        EventStarts => "Starts",
        EventEnds => "Ends",
        EventPlace => "Branch and room",
        EventPlaceHint => "Leave empty for an online event and give its link below.",
        EventLink => "Online link (optional)",
        EventCapacity => "Seats",
        EventWeeks => "Weeks in the series",
        EventWeeksHint => "1 for a single event, up to 12 for a weekly series.",
        EventsPublished => "Published. Dates in the series: {0}.",
        AllEvents => "All events",
        JoinOnline => "Join online",
        CancelEventTitle => "Cancel this event",
        CancelReason => "Reason (told to everyone signed up)",
        CancelReasonHint => "Optional, but it helps people plan.",
        NoteEventPromoted => "A seat freed up: you are going to {0} on {2}.",
        NoteEventCancelled => "{0} on {2} is cancelled: {1}",
        UpcomingWorkshops => "Upcoming workshops that teach it:",
        AttendanceTitle => "Attendance",
        NobodySignedUp => "Nobody has signed up yet.",
        OnWaitlist => "on the waitlist",
        AttendedTitle => "Workshops and events you attended",
        MeetupEvent => "Library event it meets at (optional)",
        MeetupEventHint => "Members then sign up for a seat at the event.",
        NoLinkedEvent => "No event",
        MeetupEventLink => "Seats and sign-up at the library event",
        AddBranch => "Add a branch",
        AddKiosk => "Add a kiosk",
        AddRoom => "Add a room",
        AllBranches => "All branches",
        AllKinds => "All kinds",
        AnyQuarter => "Any",
        AppointmentCancelledLabel => "Cancelled",
        AppointmentKindLabel => "Kind of appointment",
        AppointmentsIntro => {
            "Book a free half hour with library staff or a local employer: practise an interview, get your resume reviewed, or talk about your next step."
        }
        AppointmentsTitle => "Appointments",
        AssistAudited => {
            "Everything you save here is recorded, and the patron sees it on their account page. Who sees their profile and whether it counts in statistics stay their choice."
        }
        AssistingPatron => "Helping {0} with their profile, with their consent, until {1}.",
        AttendanceCaption => "Signed up and attended, per event",
        AttendanceTableCaption => "Event attendance (small numbers hidden)",
        AttendedColumn => "Attended",
        AttendedInPeriod => "People who attended events: {0}",
        BackToDesk => "Back to the desk",
        BiggestGaps => "Biggest gaps",
        BookThis => "Book this time",
        BookedBy => "Booked by {0}",
        Booked => {
            "Booked. You will find it under My appointments, and a reminder comes a day before."
        }
        BookingNoteHint => "Optional. The person you meet reads it.",
        BookingNote => "What would you like to work on?",
        BranchAddress => "Address",
        BranchLabel => "Branch",
        BranchName => "Branch name",
        BranchesTitle => "Branches, rooms and kiosks",
        CancelAppointment => "Cancel this appointment",
        CareerCoaching => "Career coaching",
        ConsentUntil => "The patron agreed to help with their profile until {0}.",
        CoverageCourse => "course",
        CoverageTeaching => "teaching resource",
        CoverageWorkshop => "workshop",
        CoveredByColumn => "Already taught by",
        EndHelp => "End the help now",
        EndSessionsOf => "End every session of {0}",
        EndSessions => "End all sessions",
        EventAttendance => "Event attendance",
        EventColumn => "Event",
        EveryGapCovered => {
            "Every gap is already taught by a course, a teaching resource or a workshop."
        }
        ExportCsv => "Export the skills table (CSV)",
        FewerThan => "not shown (groups under {0})",
        FindPatron => "Find a patron",
        GapChartCaption => {
            "Share of listings seeking each skill against share of residents holding it"
        }
        GapColumn => "Gap (points)",
        GapsTableCaption => "The biggest gaps, with what already teaches each skill",
        HelpActive => "(in force now)",
        HelpEnded => "(ended)",
        HelpEntry => "{0} helped on {1}; profile saves: {2}.",
        HelpFromStaffIntro => {
            "Each time you let library staff help with your profile at the desk. You can end help that is still in force."
        }
        HelpFromStaff => "Help from library staff",
        HelpWithProfile => "Help with the profile",
        InsightIntro => {
            "The skills residents have against the skills employers and partners seek. Only profiles whose owners allow anonymous statistics count, and small numbers are never shown."
        }
        InsightSummary => "In this period",
        InsightTitle => "Library insight",
        InterviewPractice => "Interview practice",
        JobsColumn => "Job listings",
        KioskIdleMinutes => "Idle minutes before the warning",
        KioskIdle => "{0}, idle warning after {1} min",
        KioskLabel => "Kiosk name",
        KiosksLabel => "Kiosks",
        ListingsInPeriod => "Open listings posted: {0}",
        ListingsPosted => "Listings posted",
        MyAppointments => "My appointments",
        MyBranch => "My library branch",
        NavAppointments => "Appointments",
        NeedsColumn => "Partner needs",
        NoAppointmentsYet => "You have no appointments yet. Pick a time below.",
        NoBranch => "No branch chosen",
        NoConsentNow => {
            "{0} has not agreed to help with their profile right now. Ask them, then record it on the desk page."
        }
        NoEventsInPeriod => "No events in this period.",
        NoGaps => {
            "No gaps in this period: residents already hold what listings seek, or there are no listings."
        }
        NoOpenTimes => "No open times right now. Check again soon.",
        NoPatronFound => "Nobody matches. Check the spelling, or enroll the patron.",
        NoRoom => "Type the place instead",
        NoTimesOffered => "You offer no times yet.",
        NoteAppointmentBooked => "{0} booked your time on {2}.",
        NoteAppointmentCancelled => "{0} cancelled the appointment on {2}: {1}",
        NoteAppointmentReminder => "Reminder: you have an appointment on {2}.",
        NoteDeskHelp => {
            "{0} of the library is helping with your profile, as you agreed. See it or end it on your account page."
        }
        NothingCovers => "Nothing yet",
        OfferTimesHint => {
            "Back-to-back times from the start you give. A room from the list fills in the place."
        }
        OfferTimes => "Offer times",
        OpenSessions => "Open sessions: {0}",
        OpenTimes => "Open times",
        PatronAgreed => "{0} is here and agreed that I help with their profile",
        PatronKeepsPrivacy => {
            "Who sees this profile and whether it counts in statistics stay the patron's choice."
        }
        PatronSearchHint => "Username or name, at least 2 letters.",
        PatronSearch => "Username or name",
        PeriodFrom => "From quarter",
        PeriodTo => "To quarter",
        PickRoom => "Room",
        PlanWorkshop => "Plan a workshop",
        QuarterColumn => "Quarter",
        RecordConsent => "Record consent",
        RemoveBranchNamed => "Remove the branch {0}, with its rooms and kiosks",
        RemoveBranch => "Remove branch",
        ResidentsColumn => "Residents holding it",
        ResidentsJoined => "Residents joined",
        ResidentsSharing => "Residents sharing statistics: {0}",
        ResumeReview => "Resume review",
        RoomName => "Room name",
        RoomsLabel => "Rooms",
        Search => "Search",
        ShareOfListings => "Listings seeking it",
        ShareOfResidents => "Residents holding it",
        ShareStatisticsHint => "The library sees only totals of 5 people or more, never you.",
        ShareStatistics => "Count my skills in the library's anonymous statistics",
        ShowInsight => "Show",
        SignInToBook => "Sign in to book",
        SignedUpColumn => "Signed up",
        SkillColumn => "Skill",
        SkillsAdded => "Skills added",
        SlotCountHint => "How many times in a row, up to 8.",
        SlotCount => "How many",
        SlotGone => "This time is no longer offered.",
        SlotMinutes => "Minutes each",
        SlotTaken => "Someone else just booked this time. Please pick another.",
        SlotWhenWhere => "{0} minutes · {1}",
        StaffOnly => "This page is for library staff.",
        StillOpen => "Not booked yet",
        SuggestedWorkshopsIntro => {
            "Listings seek these skills, few residents hold them, and nothing the library offers teaches them yet:"
        }
        SuggestedWorkshops => "Suggested workshops",
        SuppressionNote => {
            "Counts of fewer than {0} people are hidden, and totals leave out groups that small, so no figure points to a person."
        }
        Suspended => "suspended",
        TickPatronAgreed => "Tick the box once the patron has agreed.",
        TimesIOffer => "Times I offer",
        TimesOffered => "{0} times offered.",
        TrendCaption => "Listings posted and residents joined, by quarter",
        TrendTableCaption => "By quarter (small numbers hidden)",
        TrendTitle => "Over time",
        PeriodOrder => "The period must end in or after the quarter it starts.",
        AppointmentCancelReason => "Reason (optional, told to the other person)",
        ShowAttended => "Show the workshops and events I attended on my profile",
        WorkshopsAttended => "Workshops and events attended",
        CalendarFeedTitle => "Subscribe from your calendar app",
        CalendarFeedIntro => {
            "A private address your phone or computer calendar can subscribe to: it shows the events you have a seat at and your appointments, and keeps them up to date."
        }
        CalendarFeedAddress => "Your calendar address",
        CalendarFeedOnce => {
            "Copy it now into your calendar app: it is shown only once. Anyone with it can see your events, so keep it to yourself."
        }
        CalendarFeedMake => "Make my calendar address",
        CalendarFeedRenew => "Make a new address (the old one stops)",
        CalendarFeedStop => "Stop my calendar address",
        CancelLaterDates => "Also cancel the later dates of this weekly series",
        WhichKiosk => "Which kiosk is this?",
        KioskNotRegistered => "Not registered (the library's default idle time)",
        WhichKioskHint => {
            "Sessions started here then use the idle time staff set for this kiosk on the desk page."
        }
        HelpWithProfileOf => "Help {0} with their profile",
        RecordConsentOf => "Record the consent of {0}",
        TimeThere => "{0} {1} time",
        TimeYours => "{0} your time",
        CityTime => "{0} time",
        TimesAreIn => "Times are in {0} time (the branch's time zone).",
        TimeZoneLabel => "Time zone",
        LibraryTimeZone => "Library's time zone",
        ProblemTimePast => "This time has passed; pick a later time.",
        ProblemTimeZoneUnknown => {
            "This is not a time zone name; pick one from the list, for example America/Chicago."
        }
    }
}
