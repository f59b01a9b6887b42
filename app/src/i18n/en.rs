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
    }
}
