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
    }
}
