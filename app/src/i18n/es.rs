//! Texto de la interfaz en español.

use super::Key;

#[expect(
    clippy::match_same_arms,
    reason = "one arm per key: keys that read alike in this language stay apart, as they may not in another"
)]
pub fn text(key: Key) -> &'static str {
    use Key::{
        About, AboutDataTitle, AboutEsco, AboutField, AboutJob, AboutMe, AboutNeed,
        AboutPrivacyText, AboutPrivacyTitle, AboutText, AboutTitle, Accept, AccountDetails,
        AccountSuspended, AccountTitle, ActionDismiss, ActionHide, ActionReinstate, ActionRestore,
        ActionSuspend, ActionWarn, Actions, AdaptTitle, AdaptationsTitle, AdaptedFromLabel,
        AdaptingFrom, Add, AddBranch, AddCheckedSkills, AddEducationEntry, AddEntry, AddGoal,
        AddKiosk, AddMyEventsToCalendar, AddResource, AddRoom, AddSharedGoal, AddStep,
        AddToCalendar, AddToPlan, AddToPlanFor, AddWorkEntry, AddedToPlan, All, AllBranches,
        AllEvents, AllKinds, AlreadyInPlan, AlreadyReported, AnAdaptation, AnswerTextMentee,
        AnswerTextMentor, AnyArea, AnyMatch, AnyQuarter, AnyTime, AppointmentCancelReason,
        AppointmentCancelledLabel, AppointmentKindLabel, AppointmentsIntro, AppointmentsTitle,
        ApproveRecommendation, AreaAcademic, AreaArchives, AreaCareerChange, AreaDigital,
        AreaLeadership, AreaPublic, AreaSchool, AreaSpecial, AreaTechnical, AreaYouth,
        AskJoinMentee, AskJoinMentor, AskMore, AskThisMentor, AskToConnect, AskToJoin,
        AssignmentDone, AssignmentHint, AssignmentTitle, AssistAudited, AssistingPatron,
        AtLeastPercent, AttachMessages, AttachedMessages, AttendanceCaption,
        AttendanceTableCaption, AttendanceTitle, AttendedColumn, AttendedInPeriod, AttendedTitle,
        AudienceAdults, AudienceChildren, AudienceLabel, AudienceLibraryStaff, AudienceNewcomers,
        AudienceSeniors, AudienceTeens, BackHome, BackToDesk, BackToMentoring, BiggestGaps,
        BlockHint, BlockPerson, Blocked, BookThis, Booked, BookedBy, BookingNote, BookingNoteHint,
        BranchAddress, BranchLabel, BranchName, BranchesTitle, CalendarFeedAddress,
        CalendarFeedIntro, CalendarFeedMake, CalendarFeedOnce, CalendarFeedRenew, CalendarFeedStop,
        CalendarFeedTitle, CanDoNow, Cancel, CancelAppointment, CancelEventTitle, CancelLaterDates,
        CancelReason, CancelReasonHint, Capacity, CapacityHint, CareerCoaching, ChangePassword,
        CheckIn, CheckInTopic, CheckInsTitle, CityTime, CloseListing, CloseNeed, Closes, Code,
        CodeFor, CodeHint, CodeInstructions, CohortApplied, CohortCounts, CohortJoined,
        CohortMembers, CohortPublished, CohortPublishedNow, CohortRoleLabel, CohortRoleMentee,
        CohortRoleMentor, CohortStatus, CohortTitle, CohortsTitle, CommentsTitle, CommunityIntro,
        CommunityNavLabel, CommunityTitle, ComputeAssignment, ConnectMessage, ConnectSent,
        ConnectionAccepted, ConnectionDeclined, ConnectionPending, ConnectionsTitle, ConsentUntil,
        Cost, CostHint, CoverageCourse, CoverageTeaching, CoverageWorkshop, CoveredByColumn,
        CreateAccount, CreateCohort, CurrentPassword, Date, Day, Decide, DecisionLabel,
        DecisionNote, DecisionNoteHint, Decline, DeclineReason, DefaultGoal, DemoBanner,
        Description, DeskIntro, DeskTitle, DirectoryTitle, DisplayName, DisplayNameHint,
        DownloadFile, DueDate, EditJob, EditOrClose, EditOrWithdraw, EditResource, Education,
        Email, EmailHint, EndHelp, EndHint, EndMentorship, EndSessions, EndSessionsOf, EndTitle,
        Endorse, EndorseSkillOf, Endorsed, EndorsedBy, EnrollButton, EnrollTitle, EssentialSkills,
        EventAttendance, EventCancelledLabel, EventCapacity, EventColumn, EventEnds, EventFull,
        EventInfoSession, EventJobFair, EventKindLabel, EventLink, EventMeetup, EventPlace,
        EventPlaceHint, EventStarts, EventTitle, EventWeeks, EventWeeksHint, EventWorkshop,
        EventsIntro, EventsPublished, EventsTitle, EveryGapCovered, EvidenceCertificate,
        EvidenceCourse, EvidenceKindLabel, EvidenceProject, EvidenceTitle, ExpiresOn,
        ExportAllCheckIns, ExportCsv, ExportResume, FacetEmployer, FacetMatch, FacetPlace,
        FacetPosted, FacetSchedule, FacetWorkMode, FeedbackComment, FeedbackRating, FeedbackTitle,
        FewerThan, Field, FileHint, FileLabel, FilterArea, FilterLanguage, FilterRemote,
        FindMentor, FindPatron, FindSkill, FindSkillHint, Fit, FitHas, FitMissing, FitScore,
        FitWants, FixErrors, FollowHint, FollowThread, Following, FooterText, ForProjects,
        ForTeaching, Forbid, ForbiddenPair, ForgotPassword, FormatInPerson, FormatOnline,
        FormattingHint, Free, FreePlaces, FromYear, FullTime, GapChartCaption, GapColumn,
        GapsTableCaption, GetStarted, GoToAccount, GoneOrHidden, GroupAbout, GroupApproval,
        GroupInterest, GroupJobClub, GroupKindLabel, GroupMember, GroupMembersCount,
        GroupMembersTitle, GroupName, GroupOpen, GroupOpenChoice, GroupOrganiser, GroupPending,
        GroupRegionHint, GroupRegional, GroupStarted, GroupsIntro, GroupsTitle, HaveAccount,
        HaveEveryEssential, Headline, HeadlineHint, HelpActive, HelpEnded, HelpEntry,
        HelpFromStaff, HelpFromStaffIntro, HelpWithProfile, HelpWithProfileOf, HiddenNow,
        HoursInAll, HoursPerMonth, HowToApply, IdleText, IdleTitle, ImportButton, ImportColumns,
        ImportDone, ImportEmpty, ImportFile, ImportFormatLabel, ImportIntro, ImportProblems,
        ImportResume, ImportText, ImportTitle, ImportTooLarge, InboxEmpty, InboxTitle,
        InsightIntro, InsightSummary, InsightTitle, InterviewPractice, InviteButton, Invited,
        JobClosed, JobClosedShort, JobNotFound, JobPosted, JobTitle, JobTitleField, JobsColumn,
        JobsFound, JobsTitle, JoinAs, JoinGroup, JoinOnline, JoinWaitlist, KindApply, KindAttend,
        KindCourse, KindEsol, KindLearn, KindOnline, KindOther, KindWorkshop, KioskBadge,
        KioskIdle, KioskIdleMinutes, KioskIsMarked, KioskLabel, KioskMarkedText, KioskMarkedTitle,
        KioskNotMarked, KioskNotRegistered, KioskNotice, KioskSection, KiosksLabel, Language,
        Languages, LanguagesHint, LanguagesSpoken, LastDay, LastMonth, LastWeek, LearnFilter,
        LearnIntro, LearnTitle, LeaveEvent, LeaveEventNamed, LeaveGroup, Level, LevelExpert,
        LevelFor, LevelLearning, LevelWorking, LibraryTimeZone, LicenceCc0, LicenceCcBy,
        LicenceCcByNc, LicenceCcByNcNd, LicenceCcByNcSa, LicenceCcByNd, LicenceCcBySa, LicenceHint,
        LicenceLabel, Link, ListingClosed, ListingOpen, ListingsInPeriod, ListingsPosted, Loading,
        MainNav, MarkAllRead, MarkKiosk, MatchPercent, MaterialHandout, MaterialKindLabel,
        MaterialLessonPlan, MaterialSlides, MaterialWorksheet, MeetingModeLabel, MeetupDetails,
        MeetupEvent, MeetupEventHint, MeetupEventLink, MeetupPlace, MeetupTitle, MeetupsTitle,
        MemberApplied, MemberInvited, MemberJoined, MembersOnlyHint, MenteeAbout, MenteeAnswered,
        MenteeFormIntro, MenteeFormTitle, MenteeGoals, MentorAbout, MentorAreas, MentorAsked,
        MentorFormIntro, MentorFormTitle, MentorFull, MentorNeedsTopic, MentorSkills,
        MentoringChanged, MentoringIntro, MentoringTitle, MentorsFound, MessageSent, MessagesTitle,
        Minutes, MinutesLong, ModeBoth, ModeInPerson, ModeRemote, ModerationLogTitle,
        MyAppointments, MyBranch, MyMentoringProfile, MyNotes, MyNotesHint, MyNotesTitle, MyPage,
        MySkills, MySkillsIntro, MySkillsRecord, Name, NavAbout, NavAccount, NavAppointments,
        NavCommunity, NavDesk, NavEvents, NavHome, NavInbox, NavJobs, NavLearn, NavMatches,
        NavMentoring, NavPlan, NavPost, NavSignIn, NavSignUp, NeedAwaiting, NeedClosed,
        NeedDescription, NeedEnds, NeedHours, NeedMenteeProfile, NeedOpen, NeedPausedStatus,
        NeedPlace, NeedPosted, NeedRemote, NeedSignIn, NeedSkills, NeedStarts, NeedTitle,
        NeedsColumn, NeedsForYou, NeedsFound, NeedsNeedSkills, NeedsTitle, NetworkError, New,
        NewCohortName, NewGoal, NewGoalHint, NewPassword, NewStep, NewThread, NoAccount,
        NoAdaptationsAllowed, NoAppointmentsYet, NoBranch, NoCheckIns, NoCohorts, NoConnections,
        NoConsentNow, NoEvents, NoEventsInPeriod, NoFeedback, NoGaps, NoGoalsForMentoring,
        NoGoalsYet, NoGroups, NoLinkedEvent, NoMatchesYet, NoMeetups, NoMentoringProfile,
        NoMessages, NoMessagesAttached, NoModeration, NoNeedsYet, NoOpenTimes, NoPairsYet,
        NoPartnersWaiting, NoPatronFound, NoRecommendations, NoReports, NoRequestsReceived,
        NoRequestsSent, NoRoom, NoSharedGoals, NoSkillFound, NoSkillsYet, NoTeaching, NoThreads,
        NoTimesOffered, NoWayToLearn, NoWorkersFit, NobodyBlocked, NobodySignedUp, NoneWaiting,
        NotFoundText, NotFoundTitle, NotPartner, NotRated, NotStaff, NotTracked,
        NoteAppointmentBooked, NoteAppointmentCancelled, NoteAppointmentReminder,
        NoteCheckInScheduled, NoteCheckInSoon, NoteCohortApplied, NoteCohortInvite,
        NoteCohortPublished, NoteCohortUnmatched, NoteConnectionAccepted, NoteConnectionDeclined,
        NoteConnectionMessage, NoteConnectionReminder, NoteConnectionRequest, NoteContentHidden,
        NoteContentRestored, NoteDeskHelp, NoteEndorsement, NoteEventCancelled, NoteEventPromoted,
        NoteGroupJoinAccepted, NoteGroupJoinRequest, NoteMentioned, NoteMentorPaused,
        NoteMentorshipEnded, NoteMessage, NoteNeedExpired, NoteNeedPaused, NotePartnerVerified,
        NoteRecommendationApproved, NoteRecommendationReceived, NoteReportHandled,
        NoteRequestAccepted, NoteRequestAnswered, NoteRequestDeclined, NoteRequestExpired,
        NoteRequestMoreInfo, NoteRequestReceived, NoteRequestWithdrawn, NoteResourceAdapted,
        NoteResourceComment, NoteSuspended, NoteThreadReply, NoteWarned, NothingCovers,
        NothingTracked, OfferTimes, OfferTimesHint, OnWaitlist, Online, OpenForRequests, OpenLink,
        OpenSessions, OpenTimes, OpenUntil, OptionalSkills, OrLink, OrLinkHint, OrgAbout,
        OrgAwaiting, OrgMissing, OrgName, OrgTitle, OrgWebsite, PairEnded, PairEndedOn, PairTitle,
        PairWith, PairsTitle, PartTime, PartnerTitle, Password, PasswordChanged, PasswordHint,
        PastJobHint, PastJobTitle, PatronAgreed, PatronKeepsPrivacy, PatronName, PatronSearch,
        PatronSearchHint, PausedForExpiries, Pay, PayFrom, PayPer, PayTo, PeopleIBlocked, PerHour,
        PerMonth, PerWeek, PerYear, PeriodFrom, PeriodOrder, PeriodTo, PersonTitle, PickRoom, Pin,
        PinnedPair, PinsConflict, PlanConflict, PlanMeetup, PlanTitle, PlanWorkshop, PostComment,
        PostJob, PostJobsTitle, PostNeed, PostOneJob, PostReply, Posted, PreferredLanguage,
        PrintPlan, ProblemCodeInvalid, ProblemControlCharacters, ProblemCsvHeader,
        ProblemCurrentPasswordWrong, ProblemDateInvalid, ProblemDateOrder, ProblemDatePast,
        ProblemDisplayNameInvalid, ProblemEmailInvalid, ProblemFileTooLarge, ProblemFileType,
        ProblemFull, ProblemHiddenCharacters, ProblemLinkInvalid, ProblemNotAllowed,
        ProblemPasswordCommon, ProblemPasswordIsUsername, ProblemPasswordTooLong,
        ProblemPasswordTooShort, ProblemRangeOrder, ProblemRequired, ProblemTimeClash,
        ProblemTimeInvalid, ProblemTimePast, ProblemTimeZoneUnknown, ProblemTooLong,
        ProblemTooMany, ProblemUnknownOccupation, ProblemUnknownSkill, ProblemUnknownUser,
        ProblemUsernameCharacters, ProblemUsernameTaken, ProblemUsernameTooLong,
        ProblemUsernameTooShort, ProblemWrongType, ProfileSaved, Provider, PublishAdaptation,
        PublishCohort, PublishEvent, PublishEventHint, PublishedPairs, QuarterColumn, RatingOf,
        RatingSummary, RatingTitle, ReadingFile, ReceivedTitle, RecommendationHint,
        RecommendationSent, RecommendationsTitle, RecommendedBy, RecordConsent, RecordConsentOf,
        RecordNotShared, RedeemIntro, RedeemTitle, Region, RegionHint, Remove, RemoveBranch,
        RemoveBranchNamed, RemoveEndorsementOf, RemoveEntry, RemoveGoal, RemoveResource,
        RemoveSkill, RemoveStep, ReopenListing, RepliesCount, ReportAbout, ReportHandledLabel,
        ReportOpen, ReportPerson, ReportReason, ReportSent, ReportsTitle, RequestAccepted,
        RequestDeclined, RequestExpired, RequestMessage, RequestMessageHint, RequestMoreInfo,
        RequestPending, RequestSent, RequestWithdrawn, ResetButton, ResetTitle, ResidentsColumn,
        ResidentsJoined, ResidentsSharing, ResourceAdded, ResourceFormatLabel, ResourceKindLabel,
        ResourceLanguage, ResourceName, ResourceTitle, ResourcesFound, ResumeInvalid, ResumeLoaded,
        ResumeReview, ResumeUnknownSkills, RoleAdmin, RoleLibraryWorker, RoleMentor, RolePartner,
        RolePatron, RoleStaff, RoomName, RoomsLabel, Row, SafetyHint, SafetyTitle, SameRegion,
        Save, SaveNotes, SaveProfile, SaveSkills, Saved, ScheduleCheckIn, School, Search,
        SearchJobs, SearchResources, SearchSkill, Seasonal, SeatsLeft, SeeJob, Send, SendAnswer,
        SendFeedback, SendRecommendation, SendReport, SendRequest, SentTitle, ServerError,
        SessionKiosk, SessionPersonal, SetPassword, ShareOfListings, ShareOfResidents,
        ShareResource, ShareStatistics, ShareStatisticsHint, SharedGoalsTitle, ShowAttended,
        ShowInsight, ShowMatchingWorkers, ShowPassword, SignInBusy, SignInButton, SignInFailed,
        SignInIntro, SignInTitle, SignInToBook, SignInToJoin, SignOut, SignUpForEvent, SignUpIntro,
        SignUpTitle, SignedInAs, SignedOutIdle, SignedOutManual, SignedUpColumn, SkillColumn,
        SkillsAdded, SkillsAndEndorsements, SkillsIHave, SkillsIWant, SkillsLoading,
        SkillsRecordIntro, SkillsSaved, SkillsWanted, SkipToContent, SlotCount, SlotCountHint,
        SlotGone, SlotMinutes, SlotTaken, SlotWhenWhere, StaffMember, StaffOnly, StartGroup,
        StartIntro, StartPastTitle, StartSkillsTitle, StartTargetTitle, StartThread, StartTitle,
        StatusApplied, StatusClosed, StatusInterview, StatusOf, StatusOffer, StatusSaved,
        StepDoing, StepDone, StepLearn, StepLearnThrough, StepTodo, StepsDone, StillHere,
        StillOpen, Studied, SuggestedFrom, SuggestedWorkshops, SuggestedWorkshopsIntro,
        SuppressionNote, SuspendDays, Suspended, Tagline, TakeOffMyPage, TargetComment, TargetHint,
        TargetJob, TargetMentorship, TargetNeed, TargetPost, TargetProfile, TargetRecommendation,
        TargetResource, Teaches, TeachesSkills, TeachesWhichSkills, TeachingIntro,
        TeachingMaterials, TeachingTitle, Temporary, ThreadBody, ThreadTitle, ThreadsTitle,
        TickPatronAgreed, Time, TimeThere, TimeYours, TimeZoneLabel, TimesAreIn, TimesIOffer,
        TimesOffered, ToYear, TooManyAttempts, Topics, TopicsWanted, TotalFit, TrackStatus,
        TrackerTitle, TrendCaption, TrendTableCaption, TrendTitle, UnblockPerson, Unblocked,
        UnmarkKiosk, Unmatched, UnreadCount, UnreadShort, UpcomingWorkshops, UseCodeLink, Username,
        UsernameHint, Verify, VerifyPartner, VerifyPartnersTitle, VisibleMembers, VisibleOnlyMe,
        VisiblePublic, VisibleStaff, WaitingRecommendations, WaitlistPlace, WelcomeBack,
        WelcomeIntro, WelcomeJobs, WelcomeJobsText, WelcomeLearn, WelcomeLearnText, WelcomeMentors,
        WelcomeMentorsText, WelcomeTitle, WhatToFix, When, WhichKiosk, WhichKioskHint,
        WhoCanFindMe, WhoSees, WhyEither, WhyGoal, WhyInPerson, WhyLanguage, WhyRegion, WhyRemote,
        WhySeats, WhyThisMatch, WhyTopics, WhyYears, Withdraw, WithinReach, WorkHistory,
        WorkHybrid, WorkOnSite, WorkRemote, WorkersFound, Working, WorkshopsAttended, WriteComment,
        WriteMessage, WriteRecommendation, WriteReply, YearsInField, You, YouAreGoing,
        YouAreMentee, YouAreMentor, YouBlockedThem, YouHave, YouNeed, YourFeedback, YourMentee,
        YourMentor, YourNeeds, YourRating, YourRoles, YourTarget,
    };
    match key {
        SkipToContent => "Saltar al contenido principal",
        Tagline => "La red de empleo de tu biblioteca",
        MainNav => "Principal",
        NavHome => "Inicio",
        NavAbout => "Acerca de",
        NavAccount => "Mi cuenta",
        NavDesk => "Mostrador",
        NavSignIn => "Iniciar sesión",
        NavSignUp => "Crear cuenta",
        SignOut => "Cerrar sesión",
        Language => "Idioma",
        KioskBadge => "Computadora pública",
        FooterText => "Libranet lo ofrece tu biblioteca pública. Es gratis para todos.",
        DemoBanner => {
            "Demostración: las cuentas y los anuncios de este sitio son inventados, para probar Libranet."
        }
        Loading => "Cargando…",
        NetworkError => {
            "No pudimos conectar con el servidor de la biblioteca. Revisa la conexión e inténtalo de nuevo."
        }
        ServerError => "Algo salió mal de nuestro lado. No se cambió nada; inténtalo de nuevo.",

        WelcomeTitle => "Encuentra trabajo y haz crecer tu carrera, con tu biblioteca",
        WelcomeIntro => {
            "Fija una meta, mira los empleos que van con tus habilidades, aprende en la biblioteca lo que te falta y conoce a mentores y personas que pueden ayudarte."
        }
        WelcomeJobs => "Empleos a tu medida",
        WelcomeJobsText => "Mira qué empleos puedes hacer ya y cuáles están a tu alcance.",
        WelcomeLearn => "Aprende lo que necesitas",
        WelcomeLearnText => {
            "Para cada habilidad que te falta, encuentra un taller, una clase o un curso cerca de ti."
        }
        WelcomeMentors => "Mentores y comunidad",
        WelcomeMentorsText => {
            "Conoce a mentores, compañeros y empleadores locales que quieren ayudar."
        }
        WelcomeBack => "Hola de nuevo, {0}.",
        GoToAccount => "Ir a mi cuenta",
        KioskNotice => {
            "Esta es una computadora pública. Después de {0} minutos sin actividad se cerrará tu sesión y todo lo que hiciste aquí se borrará de esta computadora."
        }
        SignedOutIdle => {
            "Se cerró tu sesión porque la computadora no se usó durante un rato. No quedó nada tuyo en esta computadora."
        }
        SignedOutManual => "Cerraste tu sesión. No quedó nada tuyo en esta computadora.",
        GetStarted => "Empezar",

        SignUpTitle => "Crea tu cuenta",
        SignUpIntro => {
            "Solo necesitas un nombre de usuario y una contraseña. El correo electrónico es opcional."
        }
        Username => "Nombre de usuario",
        UsernameHint => {
            "De 3 a 32 caracteres: letras a–z, números, puntos, guiones o guiones bajos."
        }
        DisplayName => "Tu nombre (opcional)",
        DisplayNameHint => "Cómo te verán las demás personas. Puedes dejarlo vacío.",
        Email => "Correo electrónico (opcional)",
        EmailHint => "Déjalo vacío si no tienes.",
        Password => "Contraseña",
        PasswordHint => {
            "Al menos 8 caracteres. Unas cuantas palabras que recuerdes forman una contraseña segura."
        }
        ShowPassword => "Mostrar contraseña",
        CreateAccount => "Crear cuenta",
        HaveAccount => "¿Ya tienes una cuenta?",
        FixErrors => "Corrige lo siguiente:",
        SignInTitle => "Iniciar sesión",
        SignInIntro => "Entra con tu nombre de usuario y tu contraseña.",
        SignInButton => "Entrar",
        SignInFailed => {
            "El nombre de usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo."
        }
        TooManyAttempts => "Demasiados intentos. Espera {0} segundos y vuelve a intentarlo.",
        SignInBusy => {
            "Mucha gente está entrando en este momento. Vuelve a intentarlo en {0} segundos."
        }
        ForgotPassword => {
            "¿Olvidaste tu contraseña? El personal de la biblioteca puede darte un código de un solo uso para crear una nueva."
        }
        UseCodeLink => "Tengo un código de la biblioteca",
        NoAccount => "¿Eres nuevo?",
        RedeemTitle => "Crea tu contraseña con un código de la biblioteca",
        RedeemIntro => {
            "Escribe el código que te dio el personal de la biblioteca y elige una contraseña nueva. El código sirve una sola vez."
        }
        Code => "Código de la biblioteca",
        CodeHint => "8 letras y números, por ejemplo ABCD-2345.",
        NewPassword => "Contraseña nueva",
        SetPassword => "Guardar contraseña y entrar",
        Working => "Espera un momento…",

        AccountTitle => "Mi cuenta",
        SignedInAs => "Sesión iniciada como {0}",
        YourRoles => "Tus funciones",
        AccountDetails => "Tus datos",
        Save => "Guardar",
        Saved => "Guardado.",
        PreferredLanguage => "Idioma preferido",
        ChangePassword => "Cambiar contraseña",
        CurrentPassword => "Contraseña actual",
        PasswordChanged => {
            "Tu contraseña cambió. Se cerró tu sesión en todos los demás dispositivos."
        }
        NeedSignIn => "Inicia sesión para ver esta página.",
        SessionKiosk => {
            "Estás en una computadora pública: tu sesión se cerrará después de {0} minutos sin actividad."
        }
        SessionPersonal => "Estás en un dispositivo personal: tu sesión dura hasta {0} días.",

        RolePatron => "Usuario de la biblioteca",
        RoleLibraryWorker => "Trabajador de biblioteca",
        RoleMentor => "Mentor",
        RolePartner => "Socio de la comunidad",
        RoleStaff => "Personal de la biblioteca",
        RoleAdmin => "Administrador",

        DeskTitle => "Mostrador de la biblioteca",
        DeskIntro => {
            "Ayuda a los usuarios a empezar. Nunca ves ni eliges la contraseña de un usuario: la crea él mismo con el código que le das."
        }
        EnrollTitle => "Inscribir a un usuario",
        PatronName => "Nombre del usuario (opcional)",
        EnrollButton => "Crear cuenta y código",
        ResetTitle => "Código para un usuario que olvidó su contraseña",
        ResetButton => "Generar código",
        CodeFor => "Código de un solo uso para {0}",
        CodeInstructions => {
            "Entrega este código al usuario. Sirve una sola vez, hasta las {0}. Lo escribe en «Tengo un código de la biblioteca», en la página para iniciar sesión."
        }
        NotStaff => "Esta página es para el personal de la biblioteca.",
        KioskSection => "Esta computadora",
        KioskIsMarked => {
            "Este navegador está marcado como computadora pública: sesiones cortas y todo se borra al cerrar sesión."
        }
        KioskNotMarked => "Este navegador se trata como un dispositivo personal.",
        MarkKiosk => "Marcar como computadora pública",
        UnmarkKiosk => "Tratar como dispositivo personal",
        KioskMarkedTitle => "Ahora esta es una computadora pública",
        KioskMarkedText => {
            "A quien inicie sesión aquí se le cerrará la sesión tras un rato sin actividad, y no quedará nada suyo en esta computadora."
        }

        AboutTitle => "Acerca de Libranet",
        AboutText => {
            "Libranet es una red de empleo que ofrecen las bibliotecas públicas. Personas que buscan trabajo, trabajadores de bibliotecas, mentores y socios de la comunidad se encuentran aquí para fijar metas, encontrar empleo, aprender habilidades nuevas y ayudarse entre sí."
        }
        AboutPrivacyTitle => "Tu privacidad",
        AboutPrivacyText => {
            "Tú decides quién ve tu perfil. No necesitas correo electrónico. En una computadora pública, todo se borra cuando cierras sesión o la dejas sin usar. Las estadísticas de la biblioteca nunca muestran a una sola persona."
        }

        AboutDataTitle => "De dónde vienen las habilidades",
        AboutEsco => {
            "Este servicio utiliza la clasificación ESCO de la Comisión Europea. Libranet incluye un subconjunto de ESCO v1.1.1."
        }

        IdleTitle => "¿Sigues ahí?",
        IdleText => "Para proteger tu privacidad, tu sesión se cerrará en {0} segundos.",
        StillHere => "Sigo aquí",

        NotFoundTitle => "Página no encontrada",
        NotFoundText => "No hay nada en esta dirección.",
        BackHome => "Ir a la página de inicio",

        ProblemRequired => "Completa este campo.",
        ProblemUsernameTooShort => "Usa al menos 3 caracteres.",
        ProblemUsernameTooLong => "Usa como máximo 32 caracteres.",
        ProblemUsernameCharacters => {
            "Usa solo letras a–z, números, puntos, guiones y guiones bajos, y empieza con una letra o un número."
        }
        ProblemUsernameTaken => {
            "Este nombre de usuario ya existe. Prueba a añadir un número o tus iniciales."
        }
        ProblemPasswordTooShort => "Usa al menos 8 caracteres.",
        ProblemPasswordTooLong => "Usa como máximo 128 caracteres.",
        ProblemPasswordCommon => {
            "Esta contraseña es muy común y fácil de adivinar. Elige otra, por ejemplo unas palabras que recuerdes."
        }
        ProblemPasswordIsUsername => "La contraseña no puede ser igual al nombre de usuario.",
        ProblemEmailInvalid => {
            "Esto no parece un correo electrónico. Revísalo o deja el campo vacío."
        }
        ProblemDisplayNameInvalid => "Usa como máximo 60 caracteres, en una sola línea.",
        ProblemCurrentPasswordWrong => "Tu contraseña actual no es correcta.",
        ProblemCodeInvalid => {
            "Este código no es correcto o ya venció. Revísalo o pide uno nuevo al personal de la biblioteca."
        }
        ProblemUnknownUser => "No hay ninguna cuenta con este nombre de usuario.",
        ProblemNotAllowed => "Esto no está permitido aquí.",
        ProblemWrongType => "Este valor no tiene la forma correcta.",
        ProblemUnknownSkill => "Esta habilidad no está en la lista. Elige una de las sugerencias.",
        ProblemTooMany => "Hay demasiados. Quita algunos y vuelve a intentarlo.",

        MySkills => "Mis habilidades",
        MySkillsIntro => {
            "Añade las habilidades que tienes, del trabajo, los estudios, el cuidado de la familia o el voluntariado. Escribe unas letras y elige de la lista."
        }
        FindSkill => "Añadir una habilidad",
        FindSkillHint => {
            "Por ahora los nombres de las habilidades están en inglés. Por ejemplo: forklift, customer service, cooking."
        }
        NoSkillsYet => "Todavía no hay habilidades.",
        NoSkillFound => "Ninguna habilidad coincide. Prueba con otra palabra.",
        SkillsLoading => "Cargando la lista de habilidades…",
        LevelLearning => "Aprendiendo",
        LevelWorking => "La uso en el trabajo",
        LevelExpert => "Podría enseñarla",
        LevelFor => "Nivel de {0}",
        RemoveSkill => "Quitar {0}",
        SaveSkills => "Guardar mis habilidades",
        SkillsSaved => "Tus habilidades están guardadas.",
        NavJobs => "Empleos",
        NavMatches => "Mis opciones",
        NavPlan => "Mi plan",
        StartTitle => "Empleos a tu medida",
        StartIntro => {
            "Cuéntanos un poco sobre tu trabajo. En menos de dos minutos verás empleos que puedes hacer ya, empleos a tu alcance y dónde aprender lo que te falta."
        }
        StartPastTitle => "1. Trabajos que has hecho",
        PastJobTitle => "Un puesto que has tenido",
        PastJobHint => "Escribe unas letras, por ejemplo cajero o cocinero, y elige de la lista.",
        SuggestedFrom => "Habilidades que suele tener: {0}. Desmarca las que no tengas.",
        AddCheckedSkills => "Agregar las habilidades marcadas",
        StartSkillsTitle => "2. Tus habilidades",
        StartTargetTitle => "3. Lo que te gustaría hacer (opcional)",
        TargetJob => "Un empleo que te gustaría",
        TargetHint => {
            "Mostraremos primero empleos de este tipo y lo pondremos como meta en tu plan."
        }
        YourTarget => "Tu meta: {0}",
        SaveProfile => "Guardar en mi perfil",
        ProfileSaved => "Guardado en tu perfil.",
        CanDoNow => "Empleos que puedes hacer ya",
        WithinReach => "Empleos a tu alcance",
        NoMatchesYet => "Agrega algunas habilidades o un trabajo anterior para ver empleos aquí.",
        MatchPercent => "{0}% de coincidencia",
        YouHave => "Tienes:",
        YouNeed => "Para este empleo te falta aprender:",
        NoWayToLearn => "Aún no hay clases. Pregunta al personal de la biblioteca cómo aprenderlo.",
        Free => "Gratis",
        KindWorkshop => "Taller de la biblioteca",
        KindCourse => "Curso universitario",
        KindEsol => "Clase de inglés (ESOL)",
        KindOnline => "Curso en línea",
        AddToPlan => "Agregar a mi plan",
        AddToPlanFor => "Agregar aprender {0} a mi plan",
        AddedToPlan => "Agregado a tu plan.",
        AlreadyInPlan => "Ya está en tu plan.",
        DefaultGoal => "Encontrar trabajo",
        StepLearn => "Aprender: {0}",
        StepLearnThrough => "Aprender {0} con {1}",
        JobsTitle => "Buscar empleo",
        SearchJobs => "Busca empleos por puesto, habilidad, empresa o lugar",
        FacetPlace => "Lugar",
        FacetWorkMode => "Dónde se trabaja",
        FacetSchedule => "Horario",
        FacetEmployer => "Empresa",
        FacetPosted => "Publicado",
        FacetMatch => "Tu coincidencia",
        All => "Todos",
        AnyTime => "Cuando sea",
        LastDay => "En el último día",
        LastWeek => "En la última semana",
        LastMonth => "En el último mes",
        AnyMatch => "Cualquiera",
        AtLeastPercent => "Al menos {0}%",
        JobsFound => "{0} empleos encontrados",
        WorkOnSite => "Presencial",
        WorkHybrid => "Híbrido",
        WorkRemote => "A distancia",
        FullTime => "Tiempo completo",
        PartTime => "Medio tiempo",
        Temporary => "Temporal",
        Seasonal => "De temporada",
        PerHour => "por hora",
        PerWeek => "por semana",
        PerMonth => "al mes",
        PerYear => "al año",
        JobTitle => "Empleo",
        JobNotFound => "Este empleo no está publicado aquí. Puede que lo hayan quitado.",
        JobClosed => "Este empleo está cerrado: ya no recibe solicitudes.",
        JobClosedShort => "Un empleo cerrado",
        Pay => "Sueldo",
        Posted => "Publicado",
        Closes => "Solicitar antes del",
        AboutJob => "Sobre el empleo",
        EssentialSkills => "Habilidades necesarias",
        OptionalSkills => "Habilidades que ayudan",
        HowToApply => "Cómo solicitar",
        HaveEveryEssential => "Tienes todas las habilidades que pide este empleo.",
        TrackerTitle => "Mis solicitudes de empleo",
        TrackStatus => "En qué punto estás con este empleo",
        NotTracked => "Sin guardar",
        StatusSaved => "Guardado",
        StatusApplied => "Solicitado",
        StatusInterview => "Entrevista",
        StatusOffer => "Oferta",
        StatusClosed => "Cerrado",
        NothingTracked => "Aún no guardas empleos. Guarda uno desde su página.",
        PlanTitle => "Mi plan",
        PrintPlan => "Imprimir mi plan",
        PlanConflict => {
            "Tu plan cambió en otro dispositivo. Esta es la copia más reciente; vuelve a hacer tu cambio."
        }
        StepsDone => "{0} de {1} pasos hechos",
        NoGoalsYet => "Aún no tienes metas. Agrega una abajo, o agrega pasos desde tus opciones.",
        NewGoal => "Nueva meta",
        NewGoalHint => "Por ejemplo: trabajar en un almacén en primavera.",
        AddGoal => "Agregar meta",
        NewStep => "Nuevo paso",
        AddStep => "Agregar paso",
        DueDate => "Fecha límite",
        Remove => "Quitar",
        RemoveGoal => "Quitar la meta {0}",
        RemoveStep => "Quitar el paso {0}",
        StatusOf => "Estado de {0}",
        StepTodo => "Por hacer",
        StepDoing => "En curso",
        StepDone => "Hecho",
        KindLearn => "Aprender",
        KindAttend => "Asistir",
        KindApply => "Solicitar",
        KindOther => "Paso",
        ImportTitle => "Publicar muchos empleos a la vez",
        ImportIntro => {
            "Sube un archivo CSV o JSON de schema.org JobPosting. Las filas correctas se publican; las que tienen problemas se listan abajo con lo que hay que corregir."
        }
        ImportFormatLabel => "Formato del archivo",
        ImportColumns => "Columnas del CSV (primera fila): {0}. Separa varias habilidades con ;",
        ImportFile => "Elige un archivo",
        ImportText => "O pega el contenido",
        ImportButton => "Publicar estos empleos",
        ImportEmpty => "Primero elige un archivo o pega su contenido.",
        ImportDone => "{0} empleos publicados, {1} problemas por corregir.",
        ImportProblems => "Filas que no se publicaron",
        Row => "Fila",
        Field => "Campo",
        WhatToFix => "Qué corregir",
        NotPartner => {
            "Solo los socios de la comunidad y el personal de la biblioteca pueden publicar empleos."
        }
        ProblemTooLong => "Es demasiado largo; acórtalo, por favor.",
        ProblemDateInvalid => "Escribe la fecha como año-mes-día, por ejemplo 2026-12-31.",
        ProblemDateOrder => "La fecha de cierre no puede ser anterior a la de publicación.",
        ProblemRangeOrder => "El valor más alto no puede ser menor que el más bajo.",
        ProblemUnknownOccupation => "Esta ocupación no está en la lista.",
        ProblemLinkInvalid => "Usa una dirección web completa que empiece con https://",
        ProblemCsvHeader => "La primera fila debe nombrar las columnas, incluida title.",
        AboutMe => "Sobre mí",
        Headline => "Titular",
        HeadlineHint => {
            "Una línea sobre ti, por ejemplo: Trabajador de almacén aprendiendo montacargas."
        }
        AboutField => "Sobre ti",
        Region => "Ciudad o región",
        RegionHint => "Sin dirección de calle, por favor.",
        LanguagesSpoken => "Idiomas que hablas",
        LanguagesHint => "Sepáralos con comas.",
        WorkHistory => "Experiencia laboral",
        Education => "Estudios",
        AddWorkEntry => "Agregar un trabajo",
        AddEducationEntry => "Agregar una escuela o curso",
        JobTitleField => "Puesto",
        FromYear => "Desde (año)",
        ToYear => "Hasta (año)",
        School => "Escuela o programa",
        Studied => "Qué estudiaste u obtuviste",
        AddEntry => "Agregar",
        RemoveEntry => "Quitar {0}",
        WhoSees => "Quién puede ver mi perfil",
        VisibleOnlyMe => "Solo yo",
        VisibleStaff => "El personal de la biblioteca que me ayuda",
        VisibleMembers => "Miembros de esta red",
        VisiblePublic => "Cualquier persona",
        ExportResume => "Descargar mi perfil (JSON Resume)",
        ImportResume => "Cargar un archivo JSON Resume",
        ResumeLoaded => "Se leyó el archivo. Revisa los campos y guarda.",
        ResumeInvalid => "Este archivo no es un JSON Resume. No se cambió nada.",
        ResumeUnknownSkills => "No están en la lista de habilidades (agrégalas a mano): {0}",
        PostOneJob => "Publicar un empleo",
        PostJob => "Publicar el empleo",
        JobPosted => "El empleo está publicado.",
        SeeJob => "Verlo",
        PayFrom => "Sueldo desde ($)",
        PayTo => "Sueldo hasta ($)",
        PayPer => "Sueldo por",
        AddResource => "Agregar un recurso de aprendizaje",
        ResourceName => "Nombre de la clase o curso",
        Provider => "Quién lo ofrece",
        ResourceKindLabel => "Tipo",
        ResourceFormatLabel => "Cómo se toma",
        FormatInPerson => "En persona",
        FormatOnline => "En línea",
        Teaches => "Habilidades que enseña",
        Cost => "Costo ($)",
        CostHint => "0 o vacío si es gratis.",
        Link => "Dirección web",
        When => "Cuándo se da",
        ResourceAdded => "El recurso está agregado; ya aparece en los análisis de brechas.",
        PostJobsTitle => "Publicar empleos",
        NavPost => "Publicar empleos",
        ImportTooLarge => {
            "Este archivo pasa de 2 MB. Divídelo en archivos más pequeños y publícalos uno por uno."
        }
        EditJob => "Editar un anuncio de empleo",
        EditOrClose => "Editar o cerrar este anuncio",
        ListingOpen => "Este anuncio está abierto y aparece en las búsquedas.",
        ListingClosed => "Este anuncio está cerrado y no aparece en las búsquedas.",
        CloseListing => "Cerrar este anuncio",
        ReopenListing => "Volver a abrir este anuncio",
        NavLearn => "Aprender",
        LearnTitle => "Dónde aprender",
        LearnIntro => {
            "Talleres de la biblioteca, cursos universitarios, clases de inglés y cursos en línea cerca de ti, con las habilidades que enseña cada uno."
        }
        LearnFilter => "Filtrar por nombre, lugar o habilidad",
        ResourcesFound => "{0} opciones para aprender",
        EditOrWithdraw => "Editar o retirar",
        EditResource => "Editar un recurso de aprendizaje",
        NavMentoring => "Mentoría",
        NavInbox => "Avisos",
        UnreadShort => "sin leer",
        UnreadCount => "{0} sin leer",
        New => "Nuevo",
        InboxTitle => "Avisos",
        InboxEmpty => {
            "Aún no hay nada. Aquí aparecerán solicitudes, respuestas, mensajes y recordatorios."
        }
        MarkAllRead => "Marcar todo como leído",
        ProblemTimeInvalid => {
            "Escriba la hora como HH:MM en formato de 24 horas, por ejemplo 18:30."
        }
        ProblemFull => "Está completo; no quedan plazas.",
        AreaPublic => "Bibliotecas públicas",
        AreaAcademic => "Bibliotecas universitarias",
        AreaSchool => "Bibliotecas escolares",
        AreaSpecial => "Bibliotecas especializadas",
        AreaArchives => "Archivos",
        AreaTechnical => "Servicios técnicos",
        AreaYouth => "Servicios para jóvenes",
        AreaLeadership => "Liderazgo",
        AreaDigital => "Servicios digitales",
        AreaCareerChange => "Cambio de carrera",
        ModeRemote => "En línea",
        ModeInPerson => "En persona",
        ModeBoth => "En línea o en persona",
        MentoringTitle => "Mentoría LibLine",
        MentoringIntro => {
            "Encuentre una mentora o un mentor que se ajuste a sus metas, o comparta su experiencia como mentor. Abierto a todas las personas, en cualquier región; sin necesidad de membresía."
        }
        FindMentor => "Buscar mentor",
        MyMentoringProfile => "Mi perfil de mentoría",
        BackToMentoring => "Volver a mentoría",
        PairsTitle => "Sus mentorías",
        NoPairsYet => "Aún no tiene mentorías.",
        YourMentor => "su mentor",
        YourMentee => "su aprendiz",
        PairEnded => "Terminada",
        ReceivedTitle => "Solicitudes recibidas",
        SentTitle => "Solicitudes enviadas",
        NoRequestsReceived => "No ha recibido solicitudes.",
        NoRequestsSent => "Aún no ha pedido un mentor.",
        RequestPending => "Esperando al mentor",
        RequestMoreInfo => "El mentor hizo una pregunta",
        RequestAccepted => "Aceptada",
        RequestDeclined => "Rechazada",
        RequestExpired => "Venció sin respuesta",
        RequestWithdrawn => "Retirada",
        ExpiresOn => "abierta hasta el {0}",
        MenteeGoals => "Metas profesionales",
        Topics => "Temas",
        Languages => "Idiomas",
        MeetingModeLabel => "Cómo reunirse",
        MentorAsked => "El mentor preguntó:",
        MenteeAnswered => "Respuesta:",
        DeclineReason => "Motivo:",
        AnswerTextMentor => "Un motivo o una pregunta (opcional al rechazar)",
        AnswerTextMentee => "Su respuesta",
        Accept => "Aceptar",
        Decline => "Rechazar",
        AskMore => "Pedir más información",
        SendAnswer => "Enviar respuesta",
        Withdraw => "Retirar",
        MentoringChanged => "Alguien lo cambió antes. La página lo muestra como está ahora.",
        MentorFull => "Este mentor ya no tiene plazas libres.",
        CohortsTitle => "Cohortes",
        NoCohorts => "No hay cohortes abiertas ahora.",
        CohortCounts => "{0} mentores, {1} aprendices",
        CohortPublished => "Parejas publicadas",
        JoinAs => "Unirse como {0}",
        CohortJoined => "Participa como {0}",
        CohortApplied => "Pidió unirse como {0}",
        AskJoinMentee => "Pedir unirse como aprendiz",
        AskJoinMentor => "Pedir unirse como mentor",
        CohortRoleMentor => "mentor",
        CohortRoleMentee => "aprendiz",
        NewCohortName => "Nombre de una cohorte nueva",
        CreateCohort => "Crear cohorte",
        MenteeFormTitle => "Lo que busco en un mentor",
        MenteeFormIntro => "Solo lo ven los mentores a quienes se lo pida.",
        NoGoalsForMentoring => "Primero agregue una meta a su plan y luego vincúlela aquí.",
        TopicsWanted => "Áreas en las que quiere ayuda",
        SkillsWanted => "Habilidades que quiere trabajar",
        MenteeAbout => "Unas palabras sobre usted (opcional)",
        MentorFormTitle => "Ofrecer mentoría",
        MentorFormIntro => {
            "Cualquier persona con experiencia en bibliotecas o información puede ser mentora, desde cualquier región. Los miembros ven esta oferta."
        }
        PausedForExpiries => {
            "Su oferta está en pausa porque varias solicitudes vencieron sin respuesta. Revísela y guárdela para abrirla de nuevo."
        }
        MentorAreas => "Áreas que conoce",
        MentorSkills => "Habilidades con las que puede ayudar",
        MentorNeedsTopic => "Elija al menos un área o una habilidad.",
        YearsInField => "Años de experiencia",
        Capacity => "Máximo de aprendices a la vez",
        CapacityHint => "De 1 a 20. Las solicitudes se detienen cuando sus plazas están llenas.",
        HoursPerMonth => "Horas al mes que puede dedicar",
        MentorAbout => "Sobre su experiencia (opcional)",
        OpenForRequests => "Abierto a nuevas solicitudes",
        NeedMenteeProfile => {
            "Primero diga lo que busca en un mentor, para ordenar los mentores según usted."
        }
        FilterArea => "Área",
        AnyArea => "Cualquier área",
        FilterLanguage => "Habla",
        FilterRemote => "Solo reuniones en línea",
        MentorsFound => "{0} mentores se ajustan a lo que pidió",
        FitScore => "{0} % de ajuste",
        WhyThisMatch => "Por qué coinciden",
        WhyTopics => "Conoce lo que usted pidió: {0}",
        WhyGoal => "Puede ayudar con su meta: {0}",
        WhyLanguage => "Habla {0}",
        WhyRemote => "Pueden reunirse en línea",
        WhyInPerson => "Pueden reunirse en persona",
        WhyEither => "Pueden reunirse en línea o en persona",
        WhyRegion => "También en {0}",
        WhyYears => "{0} años de experiencia",
        WhySeats => "{0} de {1} plazas libres",
        AskThisMentor => "Pedir a este mentor",
        RequestMessage => "Mensaje para el mentor",
        RequestMessageHint => "Diga en qué espera trabajar juntos.",
        SendRequest => "Enviar solicitud",
        RequestSent => "Solicitud enviada. Recibirá la respuesta en sus avisos.",
        PairTitle => "Mentoría",
        PairWith => "Mentoría con {0}",
        YouAreMentor => "Usted es el mentor.",
        YouAreMentee => "Usted es el aprendiz.",
        PairEndedOn => "Esta mentoría terminó el {0}. Queda en su historial.",
        SharedGoalsTitle => "Metas compartidas",
        NoSharedGoals => "Aún no hay metas.",
        AddSharedGoal => "Una meta para trabajar",
        Add => "Agregar",
        CheckInsTitle => "Reuniones de seguimiento",
        NoCheckIns => "No hay reuniones programadas.",
        CheckIn => "Reunión LibLine",
        MinutesLong => "{0} minutos",
        AddToCalendar => "Agregar al calendario",
        ExportAllCheckIns => "Descargar todas las reuniones para su calendario",
        Cancel => "Cancelar",
        Day => "Día",
        Time => "Hora",
        Minutes => "Minutos",
        CheckInTopic => "Tema (opcional)",
        ScheduleCheckIn => "Programar reunión",
        MessagesTitle => "Mensajes",
        NoMessages => "Aún no hay mensajes.",
        You => "Usted",
        WriteMessage => "Escriba un mensaje",
        Send => "Enviar",
        MessageSent => "Mensaje enviado.",
        MyNotesTitle => "Mis notas privadas",
        MyNotes => "Notas",
        MyNotesHint => "Solo usted puede ver estas notas.",
        SaveNotes => "Guardar notas",
        EndTitle => "Terminar la mentoría",
        EndHint => {
            "Cualquiera de los dos puede terminarla en cualquier momento. Sus comentarios ayudan a la biblioteca."
        }
        FeedbackTitle => "Sus comentarios",
        FeedbackRating => "¿Qué tan útil fue?",
        NoFeedback => "Prefiero no decirlo",
        RatingOf => "{0} de 5",
        FeedbackComment => "Comentario (opcional)",
        EndMentorship => "Terminar mentoría",
        SendFeedback => "Enviar comentarios",
        YourFeedback => "Usted la calificó con {0} de 5.",
        SafetyTitle => "Seguridad",
        SafetyHint => {
            "Si algo va mal, bloquee a la persona o avise al personal de la biblioteca. El personal ve su denuncia, y sus mensajes solo si los adjunta."
        }
        BlockPerson => "Bloquear a {0}",
        UnblockPerson => "Desbloquear a {0}",
        Blocked => "Bloqueado. Ninguno de los dos puede enviar mensajes ahora.",
        Unblocked => "Desbloqueado.",
        ReportPerson => "Denunciar al personal de la biblioteca",
        ReportReason => "¿Qué pasó?",
        AttachMessages => "Adjuntar nuestros mensajes para que el personal los lea",
        SendReport => "Enviar denuncia",
        ReportSent => "Denuncia enviada al personal de la biblioteca.",
        CohortTitle => "Cohorte",
        CohortMembers => "Miembros",
        Name => "Nombre",
        CohortRoleLabel => "Rol",
        CohortStatus => "Estado",
        FreePlaces => "Plazas libres",
        MemberInvited => "Invitado",
        MemberApplied => "Pidió unirse",
        MemberJoined => "Se unió",
        NoMentoringProfile => "aún sin perfil de mentoría",
        InviteButton => "Invitar",
        Invited => "Invitación enviada.",
        PublishedPairs => "Parejas publicadas",
        AssignmentTitle => "Mejor asignación global",
        AssignmentHint => {
            "Empareja a todas las personas posibles con el mayor ajuste total, sin pasar las plazas libres de cada mentor y sin juntar a quienes no comparten idioma o forma de reunirse. Fije o prohíba parejas y vuelva a calcular."
        }
        ComputeAssignment => "Calcular asignación",
        AssignmentDone => "{0} parejas encontradas; {1} aprendices sin mentor.",
        PinsConflict => {
            "Estas fijaciones no pueden cumplirse: un mentor tiene más fijaciones que plazas, o una pareja fijada también está prohibida."
        }
        TotalFit => "Ajuste total {0} en {1} parejas",
        Fit => "Ajuste",
        Actions => "Acciones",
        SameRegion => "misma región",
        Pin => "Fijar",
        Forbid => "Prohibir",
        PinnedPair => "Fijada: {0} con {1}",
        ForbiddenPair => "Prohibida: {0} con {1}",
        Unmatched => "Sin mentor esta vez:",
        PublishCohort => "Publicar y avisar a todos",
        CohortPublishedNow => "Publicado. Se avisó a todas las personas de la cohorte.",
        NoteRequestReceived => "{0} le pidió que sea su mentor.",
        NoteRequestAccepted => "{0} aceptó su solicitud. Su mentoría ha comenzado.",
        NoteRequestDeclined => "{0} rechazó su solicitud.",
        NoteRequestMoreInfo => "{0} hizo una pregunta sobre su solicitud.",
        NoteRequestAnswered => "{0} respondió su pregunta.",
        NoteRequestWithdrawn => "{0} retiró su solicitud.",
        NoteRequestExpired => "Su solicitud a {0} venció sin respuesta. Puede pedir a otro mentor.",
        NoteMentorPaused => {
            "Su oferta de mentoría se pausó porque hubo solicitudes que vencieron sin respuesta. Vuelva a abrirla desde su perfil de mentoría."
        }
        NoteMessage => "Mensajes nuevos de {0}.",
        NoteCheckInScheduled => "{0} programó una reunión para el {2}.",
        NoteCheckInSoon => "Recordatorio: reunión el {2}.",
        NoteMentorshipEnded => "{0} terminó su mentoría. Puede dejar sus comentarios.",
        NoteCohortInvite => "Está invitado a la cohorte {0} como {1}.",
        NoteCohortApplied => "Alguien pidió unirse a la cohorte {0}.",
        NoteCohortPublished => "Cohorte {1}: su pareja es {0}.",
        NoteCohortUnmatched => "La cohorte {0} está publicada; esta vez no hubo pareja para usted.",
        ReportsTitle => "Denuncias",
        NoReports => "No hay denuncias.",
        ReportAbout => "{0} denunció a {1} el {2}",
        AttachedMessages => "Mensajes que adjuntó quien denunció",
        NoMessagesAttached => "Sin mensajes adjuntos; la conversación sigue siendo privada.",
        ProblemControlCharacters => {
            "Este texto tiene caracteres de control invisibles; escríbalo de nuevo sin ellos."
        }
        NoteConnectionRequest => "{0} pidió conectar con usted.",
        NoteConnectionAccepted => "{0} aceptó su solicitud de conexión. Ahora pueden escribirse.",
        NoteConnectionDeclined => "{0} rechazó su solicitud de conexión.",
        NoteConnectionMessage => "Mensaje nuevo de {0}.",
        NoteConnectionReminder => {
            "Una solicitud de conexión lleva una semana esperando su respuesta."
        }
        NoteNeedPaused => {
            "Una de sus necesidades se pausó porque una solicitud de conexión quedó sin respuesta dos semanas. Respóndala y edite la necesidad para abrirla de nuevo."
        }
        NoteNeedExpired => "Una de sus necesidades llegó a su fecha final y se cerró.",
        NotePartnerVerified => {
            "El personal de la biblioteca verificó su organización. Sus necesidades ya son visibles."
        }
        NavCommunity => "Comunidad",
        CommunityTitle => "Necesidades y habilidades de la comunidad",
        CommunityIntro => {
            "Las organizaciones de la comunidad publican trabajos que necesitan habilidades de biblioteca; el personal de bibliotecas encuentra las necesidades que le encajan y las organizaciones encuentran a las personas."
        }
        CommunityNavLabel => "Páginas de la comunidad",
        NeedsTitle => "Necesidades",
        DirectoryTitle => "Experiencia de las bibliotecas",
        MySkillsRecord => "Mi registro de habilidades",
        ConnectionsTitle => "Conexiones",
        FitHas => "Usted tiene: {0}",
        FitWants => "Quiere desarrollar: {0}",
        FitMissing => "También se pide: {0}",
        AskToConnect => "Pedir conectar",
        ConnectMessage => "Mensaje (opcional)",
        ConnectSent => "Solicitud enviada. Recibirá la respuesta en sus avisos.",
        SkillsRecordIntro => {
            "Registre las habilidades que tiene, cuánto las domina y qué lo demuestra, y las que quiere desarrollar. Elija quién puede encontrarle."
        }
        Level => "Nivel",
        EvidenceKindLabel => "Lo demuestra",
        EvidenceProject => "Un proyecto",
        EvidenceCourse => "Un curso",
        EvidenceCertificate => "Un certificado",
        EvidenceTitle => "Cuál (opcional)",
        SkillsIHave => "Agregar una habilidad que tiene",
        SkillsIWant => "Habilidades que quiere desarrollar",
        ForProjects => "Disponible para proyectos",
        ForTeaching => "Disponible para enseñar",
        WhoCanFindMe => "Quién puede encontrar este registro",
        NeedsForYou => "Necesidades que encajan con sus habilidades",
        NeedsNeedSkills => "Agregue sus habilidades para ver las necesidades que mejor le encajan.",
        NeedsFound => "{0} necesidades encajan con sus habilidades",
        HoursInAll => "{0} horas en total",
        NeedOpen => "Abierta",
        NeedAwaiting => "Esperando que el personal verifique su organización",
        NeedPausedStatus => "En pausa: una solicitud de conexión espera su respuesta",
        NeedClosed => "Cerrada",
        PartnerTitle => "Las necesidades de su organización",
        YourNeeds => "Necesidades publicadas",
        NoNeedsYet => "Aún no ha publicado necesidades.",
        OrgMissing => {
            "Primero describa su organización. El personal la verifica antes de mostrar sus necesidades."
        }
        OrgAwaiting => {
            "El personal aún no ha verificado su organización; sus necesidades se mostrarán cuando lo haga."
        }
        OrgTitle => "Su organización",
        OrgName => "Nombre de la organización",
        OrgWebsite => "Sitio web (https://…, opcional)",
        OrgAbout => "Qué hace su organización",
        PostNeed => "Publicar una necesidad",
        NeedTitle => "¿Qué necesita que se haga?",
        NeedDescription => "Detalles",
        NeedSkills => "Habilidades necesarias",
        NeedHours => "Horas en total",
        NeedPlace => "Dónde (localidad o sucursal)",
        NeedRemote => "Se puede hacer a distancia",
        NeedStarts => "Empieza el",
        NeedEnds => "Termina el",
        NeedPosted => "Necesidad publicada.",
        OpenUntil => "abierta hasta el {0}",
        ShowMatchingWorkers => "Mostrar personal que encaja",
        CloseNeed => "Cerrar esta necesidad",
        NoWorkersFit => "Aún no hay habilidades que encajen con esta necesidad.",
        SearchSkill => "Habilidad o nombre",
        WorkersFound => "{0} personas",
        NoConnections => {
            "Aún no hay conexiones. Pida conectar desde una necesidad o desde el directorio."
        }
        ConnectionPending => "Esperando respuesta",
        ConnectionAccepted => "Conectados",
        ConnectionDeclined => "Rechazada",
        AboutNeed => "sobre «{0}»",
        VerifyPartnersTitle => "Organizaciones por verificar",
        NoPartnersWaiting => "No hay organizaciones esperando.",
        VerifyPartner => "Verificar {0}",
        Verify => "Verificar",
        About => "Sobre",
        AccountSuspended => {
            "El personal de la biblioteca suspendió esta cuenta hasta el {0}. Pregunte en el mostrador si cree que es un error."
        }
        ActionDismiss => "Cerrar sin medidas",
        ActionHide => "Ocultarlo a todos",
        ActionRestore => "Mostrarlo de nuevo",
        ActionSuspend => "Suspender al autor",
        ActionWarn => "Advertir al autor",
        AdaptTitle => "Adaptarlo",
        AdaptationsTitle => "Versiones adaptadas",
        AdaptedFromLabel => "Adaptado de:",
        AdaptingFrom => "Adapta «{0}» de {1}. Diga qué cambió en la descripción.",
        AnAdaptation => "una versión adaptada",
        ApproveRecommendation => "Aprobar y mostrar en mi página",
        AskToJoin => "Pedir unirse",
        AudienceAdults => "Adultos",
        AudienceChildren => "Niños",
        AudienceLabel => "Público",
        AudienceLibraryStaff => "Personal de biblioteca",
        AudienceNewcomers => "Recién llegados",
        AudienceSeniors => "Personas mayores",
        AudienceTeens => "Adolescentes",
        BlockHint => {
            "Bloquear los oculta mutuamente en todas partes: páginas, publicaciones, recursos, necesidades y mentorías."
        }
        CommentsTitle => "Comentarios",
        Date => "Fecha",
        Decide => "Registrar decisión",
        DecisionLabel => "Decisión",
        DecisionNote => "Nota para el autor",
        DecisionNoteHint => {
            "Necesaria para una advertencia o suspensión; queda en el registro de moderación."
        }
        Description => "Descripción",
        DownloadFile => "Descargar {0} ({1})",
        Endorse => "Respaldar",
        EndorseSkillOf => "Respaldar {0}",
        Endorsed => "Respaldado ✓",
        EndorsedBy => "respaldado por {0}",
        FileHint => {
            "PDF, Word, PowerPoint, Excel, OpenDocument, texto sin formato, PNG o JPEG, hasta 5 MB."
        }
        FileLabel => "Archivo (opcional si da un enlace)",
        FollowHint => "Quienes siguen reciben las respuestas en su bandeja.",
        FollowThread => "Seguir este tema",
        Following => "Siguiendo",
        FormattingHint => {
            "**negrita**, _cursiva_, `código`, [texto](https://…), las líneas que empiezan con - forman una lista, @usuario menciona a un miembro."
        }
        GroupAbout => "De qué trata el grupo",
        GroupApproval => "el organizador aprueba a los miembros",
        GroupInterest => "Grupo de interés",
        GroupJobClub => "Club de empleo",
        GroupKindLabel => "Tipo de grupo",
        GroupMember => "Es miembro",
        GroupMembersCount => "{0} miembros",
        GroupMembersTitle => "Miembros",
        GroupName => "Nombre del grupo",
        GroupOpen => "abierto a todos",
        GroupOpenChoice => "Cualquiera puede unirse sin aprobación",
        GroupOrganiser => "Usted organiza este grupo",
        GroupPending => "Esperando al organizador",
        GroupRegionHint => "Obligatoria para un grupo regional.",
        GroupRegional => "Grupo regional",
        GroupStarted => "El grupo está creado.",
        GroupsIntro => {
            "Clubes de empleo, grupos de interés y regionales: conversen en temas y reúnanse."
        }
        GroupsTitle => "Grupos",
        HiddenNow => "oculto",
        JoinGroup => "Unirse",
        LeaveGroup => "Salir del grupo",
        LicenceCc0 => "CC0 1.0 (sin derechos reservados)",
        LicenceCcBy => "CC BY 4.0 (con atribución)",
        LicenceCcByNc => "CC BY-NC 4.0 (atribución, sin fines de lucro)",
        LicenceCcByNcNd => "CC BY-NC-ND 4.0 (atribución, sin fines de lucro, sin cambios)",
        LicenceCcByNcSa => "CC BY-NC-SA 4.0 (atribución, sin fines de lucro, compartir igual)",
        LicenceCcByNd => "CC BY-ND 4.0 (atribución, sin cambios)",
        LicenceCcBySa => "CC BY-SA 4.0 (atribución, compartir igual)",
        LicenceHint => {
            "Las licencias Creative Commons dicen cómo otros pueden reutilizar su trabajo. Las licencias «sin cambios» no permiten versiones adaptadas."
        }
        LicenceLabel => "Licencia",
        MaterialHandout => "Folleto",
        MaterialKindLabel => "Tipo de material",
        MaterialLessonPlan => "Plan de clase",
        MaterialSlides => "Diapositivas",
        MaterialWorksheet => "Hoja de ejercicios",
        MeetupDetails => "Detalles (opcional)",
        MeetupPlace => "Dónde (sucursal y sala, o un enlace web)",
        MeetupTitle => "Qué",
        MeetupsTitle => "Encuentros",
        MembersOnlyHint => "Los temas, encuentros y miembros son para los miembros del grupo.",
        ModerationLogTitle => "Registro de moderación",
        MyPage => "Mi página",
        NewThread => "Iniciar un tema",
        NoAdaptationsAllowed => "Su licencia no permite versiones adaptadas.",
        NoGroups => "Aún no hay grupos. Cree el primero abajo.",
        NoMeetups => "No hay encuentros previstos.",
        NoModeration => "Aún no hay decisiones de moderación.",
        NoRecommendations => "Aún no hay recomendaciones.",
        NoTeaching => "No se encontraron recursos.",
        NoThreads => "Aún no hay temas.",
        NobodyBlocked => "No ha bloqueado a nadie.",
        NoneWaiting => "Nada pendiente.",
        NotRated => "Aún sin valoraciones",
        NoteContentHidden => "El personal de la biblioteca ocultó su {0}.",
        NoteContentRestored => "El personal de la biblioteca volvió a mostrar su {0}.",
        NoteEndorsement => "{0} respaldó una de sus habilidades.",
        NoteGroupJoinAccepted => "Ahora es miembro de {0}.",
        NoteGroupJoinRequest => "{0} pidió unirse a {1}.",
        NoteMentioned => "{0} le mencionó en «{1}».",
        NoteRecommendationApproved => "{0} aprobó su recomendación; aparece en su página.",
        NoteRecommendationReceived => {
            "{0} le escribió una recomendación. Apruébela para mostrarla en su página."
        }
        NoteReportHandled => "El personal de la biblioteca revisó su denuncia. Gracias.",
        NoteResourceAdapted => "{0} publicó una versión adaptada de su recurso: {1}.",
        NoteResourceComment => "{0} comentó {1}.",
        NoteSuspended => "El personal de la biblioteca suspendió su cuenta hasta el {0}.",
        NoteThreadReply => "{0} respondió en «{1}».",
        NoteWarned => "El personal de la biblioteca le envió una advertencia.",
        OpenLink => "Abrir el enlace",
        OrLink => "O un enlace",
        OrLinkHint => "Una dirección web completa que empiece con https://",
        PeopleIBlocked => "Personas que bloqueé",
        PersonTitle => "Miembro",
        PlanMeetup => "Planear un encuentro",
        PostComment => "Publicar comentario",
        PostReply => "Publicar respuesta",
        ProblemDatePast => "Ese día ya pasó; elija hoy o un día posterior.",
        ProblemTimeClash => "Se superpone con otra cita a esa hora; elija otra hora.",
        ProblemHiddenCharacters => {
            "Esto tiene caracteres invisibles de dirección o de ancho cero, a menudo por haberlo pegado; escríbalo de nuevo sin ellos."
        }
        ProblemFileTooLarge => {
            "Este archivo pesa más de 5 MB. Comparta un archivo más pequeño o un enlace."
        }
        ProblemFileType => {
            "Este tipo de archivo no se puede compartir. Use PDF, Word, PowerPoint, Excel, OpenDocument, texto sin formato, PNG o JPEG."
        }
        PublishAdaptation => "Publicar una versión adaptada",
        RatingSummary => "{0} de 5 ({1} valoraciones)",
        RatingTitle => "Valoración",
        ReadingFile => "Leyendo el archivo…",
        RecommendationHint => {
            "Lo que vio que hizo y cómo ayudó. La persona la aprueba antes de que aparezca."
        }
        RecommendationSent => "Enviada. Aparecerá cuando la apruebe.",
        RecommendationsTitle => "Recomendaciones",
        RecommendedBy => "{0} el {1}",
        RecordNotShared => "Esta persona no comparte con usted un registro de habilidades.",
        RemoveEndorsementOf => "Retirar su respaldo de {0}",
        RemoveResource => "Retirar este recurso",
        RepliesCount => "{0} respuestas",
        ReportHandledLabel => "atendida",
        ReportOpen => "abierta",
        ResourceLanguage => "Idioma en que está escrito",
        ResourceTitle => "Título",
        SearchResources => "Buscar por título, habilidad o idioma",
        SendRecommendation => "Enviar recomendación",
        ShareResource => "Compartir un recurso",
        SkillsAndEndorsements => "Habilidades y respaldos",
        StaffMember => "Miembro del personal",
        StartGroup => "Crear un grupo",
        StartThread => "Iniciar tema",
        SuspendDays => "Días de suspensión (1 a 365)",
        TakeOffMyPage => "Quitar de mi página",
        TargetComment => "comentario",
        TargetMentorship => "mentoría",
        TargetNeed => "necesidad",
        TargetPost => "publicación",
        TargetProfile => "perfil",
        TargetRecommendation => "recomendación",
        TargetResource => "recurso didáctico",
        TeachesSkills => "Enseña: {0}",
        TeachesWhichSkills => "Habilidades que enseña",
        TeachingIntro => {
            "Planes de clase, hojas de ejercicios y diapositivas que comparte el personal de bibliotecas con licencias Creative Commons. Los que enseñan una habilidad aparecen en los análisis de brechas."
        }
        TeachingMaterials => "Materiales didácticos compartidos por el personal de bibliotecas:",
        TeachingTitle => "Recursos didácticos",
        ThreadBody => "Mensaje",
        ThreadTitle => "Título",
        ThreadsTitle => "Temas",
        WaitingRecommendations => "Recomendaciones que esperan su aprobación",
        WriteComment => "Escriba un comentario",
        WriteRecommendation => "Escriba una recomendación",
        WriteReply => "Escriba una respuesta",
        YouBlockedThem => "Bloqueó a esta persona.",
        YourRating => "Su valoración",
        GoneOrHidden => "Esto no está aquí: se retiró o usted no puede verlo.",
        AlreadyReported => "Ya lo denunció; el personal de la biblioteca lo revisará.",
        ActionReinstate => "Levantar la suspensión del autor",
        NavEvents => "Eventos",
        EventsTitle => "Eventos",
        EventsIntro => {
            "Talleres, sesiones informativas, ferias de empleo y encuentros en la biblioteca y en línea. Reserve un lugar; si un evento está lleno, únase a la lista de espera y avanzará solo cuando se libere un lugar."
        }
        NoEvents => "No hay eventos próximos.",
        AddMyEventsToCalendar => "Añadir todos mis eventos a mi calendario",
        EventWorkshop => "Taller",
        EventInfoSession => "Sesión informativa",
        EventJobFair => "Feria de empleo",
        EventMeetup => "Encuentro",
        Online => "En línea",
        EventCancelledLabel => "Cancelado",
        YouAreGoing => "Tiene un lugar.",
        WaitlistPlace => "Es el número {0} en la lista de espera.",
        EventFull => "Lleno: {0} en espera.",
        SeatsLeft => "Quedan {0} de {1} lugares",
        SignInToJoin => "Entre para inscribirse",
        LeaveEventNamed => "Dejar mi lugar en {0}",
        LeaveEvent => "Dejar mi lugar",
        JoinWaitlist => "Unirse a la lista de espera",
        SignUpForEvent => "Inscribirse",
        PublishEvent => "Publicar un evento",
        PublishEventHint => {
            "El personal de la biblioteca y las organizaciones verificadas publican eventos. Una serie semanal crea un evento por fecha."
        }
        EventTitle => "Título",
        EventKindLabel => "Tipo de evento",
        EventStarts => "Empieza",
        EventEnds => "Termina",
        EventPlace => "Sucursal y sala",
        EventPlaceHint => "Déjelo vacío para un evento en línea e indique su enlace abajo.",
        EventLink => "Enlace en línea (opcional)",
        EventCapacity => "Lugares",
        EventWeeks => "Semanas de la serie",
        EventWeeksHint => "1 para un solo evento, hasta 12 para una serie semanal.",
        EventsPublished => "Publicado. Fechas de la serie: {0}.",
        AllEvents => "Todos los eventos",
        JoinOnline => "Unirse en línea",
        CancelEventTitle => "Cancelar este evento",
        CancelReason => "Motivo (se avisa a todos los inscritos)",
        CancelReasonHint => "Opcional, pero ayuda a planificar.",
        NoteEventPromoted => "Se liberó un lugar: asistirá a {0} el {2}.",
        NoteEventCancelled => "{0} del {2} se canceló: {1}",
        UpcomingWorkshops => "Próximos talleres que lo enseñan:",
        AttendanceTitle => "Asistencia",
        NobodySignedUp => "Nadie se ha inscrito todavía.",
        OnWaitlist => "en lista de espera",
        AttendedTitle => "Talleres y eventos a los que asistió",
        MeetupEvent => "Evento de la biblioteca en que se reúnen (opcional)",
        MeetupEventHint => "Los miembros se inscriben entonces en el evento.",
        NoLinkedEvent => "Ningún evento",
        MeetupEventLink => "Lugares e inscripción en el evento de la biblioteca",
        AddBranch => "Añadir una sucursal",
        AddKiosk => "Añadir un quiosco",
        AddRoom => "Añadir una sala",
        AllBranches => "Todas las sucursales",
        AllKinds => "Todos los tipos",
        AnyQuarter => "Cualquiera",
        AppointmentCancelledLabel => "Cancelada",
        AppointmentKindLabel => "Tipo de cita",
        AppointmentsIntro => {
            "Reserve media hora gratis con el personal de la biblioteca o un empleador local: practique una entrevista, pida que revisen su currículum o hable de su próximo paso."
        }
        AppointmentsTitle => "Citas",
        AssistAudited => {
            "Todo lo que guarde aquí queda registrado, y la persona lo ve en su página de cuenta. Quién ve su perfil y si cuenta en las estadísticas siguen siendo decisión suya."
        }
        AssistingPatron => "Ayudando a {0} con su perfil, con su consentimiento, hasta las {1}.",
        AttendanceCaption => "Inscritos y asistentes, por evento",
        AttendanceTableCaption => "Asistencia a eventos (números pequeños ocultos)",
        AttendedColumn => "Asistieron",
        AttendedInPeriod => "Personas que asistieron a eventos: {0}",
        BackToDesk => "Volver al mostrador",
        BiggestGaps => "Mayores brechas",
        BookThis => "Reservar esta hora",
        BookedBy => "Reservada por {0}",
        Booked => "Reservada. La encontrará en Mis citas, y recibirá un recordatorio el día antes.",
        BookingNoteHint => "Opcional. La persona con quien se reúna lo leerá.",
        BookingNote => "¿En qué le gustaría trabajar?",
        BranchAddress => "Dirección",
        BranchLabel => "Sucursal",
        BranchName => "Nombre de la sucursal",
        BranchesTitle => "Sucursales, salas y quioscos",
        CancelAppointment => "Cancelar esta cita",
        CareerCoaching => "Orientación profesional",
        ConsentUntil => "La persona aceptó ayuda con su perfil hasta las {0}.",
        CoverageCourse => "curso",
        CoverageTeaching => "recurso didáctico",
        CoverageWorkshop => "taller",
        CoveredByColumn => "Ya se enseña en",
        EndHelp => "Terminar la ayuda ahora",
        EndSessionsOf => "Cerrar todas las sesiones de {0}",
        EndSessions => "Cerrar todas las sesiones",
        EventAttendance => "Asistencia a eventos",
        EventColumn => "Evento",
        EveryGapCovered => {
            "Cada brecha ya se enseña en un curso, un recurso didáctico o un taller."
        }
        ExportCsv => "Exportar la tabla de habilidades (CSV)",
        FewerThan => "no se muestra (grupos de menos de {0})",
        FindPatron => "Buscar a una persona usuaria",
        GapChartCaption => {
            "Porcentaje de ofertas que buscan cada habilidad frente al porcentaje de residentes que la tienen"
        }
        GapColumn => "Brecha (puntos)",
        GapsTableCaption => "Las mayores brechas, con lo que ya enseña cada habilidad",
        HelpActive => "(vigente ahora)",
        HelpEnded => "(terminada)",
        HelpEntry => "{0} ayudó el {1}; cambios guardados en el perfil: {2}.",
        HelpFromStaffIntro => {
            "Cada vez que permitió que el personal de la biblioteca le ayudara con su perfil en el mostrador. Puede terminar una ayuda que siga vigente."
        }
        HelpFromStaff => "Ayuda del personal de la biblioteca",
        HelpWithProfile => "Ayudar con el perfil",
        InsightIntro => {
            "Las habilidades que tienen los residentes frente a las que buscan empleadores y socios. Solo cuentan los perfiles cuyos dueños permiten estadísticas anónimas, y nunca se muestran números pequeños."
        }
        InsightSummary => "En este período",
        InsightTitle => "Panorama de la biblioteca",
        InterviewPractice => "Práctica de entrevista",
        JobsColumn => "Ofertas de empleo",
        KioskIdleMinutes => "Minutos de inactividad antes del aviso",
        KioskIdle => "{0}, aviso de inactividad a los {1} min",
        KioskLabel => "Nombre del quiosco",
        KiosksLabel => "Quioscos",
        ListingsInPeriod => "Ofertas abiertas publicadas: {0}",
        ListingsPosted => "Ofertas publicadas",
        MyAppointments => "Mis citas",
        MyBranch => "Mi sucursal de la biblioteca",
        NavAppointments => "Citas",
        NeedsColumn => "Necesidades de socios",
        NoAppointmentsYet => "Todavía no tiene citas. Elija una hora abajo.",
        NoBranch => "Ninguna sucursal",
        NoConsentNow => {
            "{0} no ha aceptado ayuda con su perfil en este momento. Pregúntele y regístrelo en la página del mostrador."
        }
        NoEventsInPeriod => "No hay eventos en este período.",
        NoGaps => {
            "No hay brechas en este período: los residentes ya tienen lo que buscan las ofertas, o no hay ofertas."
        }
        NoOpenTimes => "No hay horas libres ahora. Vuelva a mirar pronto.",
        NoPatronFound => "No hay coincidencias. Revise la ortografía o inscriba a la persona.",
        NoRoom => "Escribir el lugar",
        NoTimesOffered => "Todavía no ofrece horas.",
        NoteAppointmentBooked => "{0} reservó su hora el {2}.",
        NoteAppointmentCancelled => "{0} canceló la cita del {2}: {1}",
        NoteAppointmentReminder => "Recordatorio: tiene una cita el {2}.",
        NoteDeskHelp => {
            "{0}, de la biblioteca, le está ayudando con su perfil, como usted aceptó. Véalo o termínelo en su página de cuenta."
        }
        NothingCovers => "Nada todavía",
        OfferTimesHint => {
            "Horas seguidas desde la hora de inicio indicada. Una sala de la lista rellena el lugar."
        }
        OfferTimes => "Ofrecer horas",
        OpenSessions => "Sesiones abiertas: {0}",
        OpenTimes => "Horas libres",
        PatronAgreed => "{0} está aquí y aceptó que le ayude con su perfil",
        PatronKeepsPrivacy => {
            "Quién ve este perfil y si cuenta en las estadísticas siguen siendo decisión de la persona."
        }
        PatronSearchHint => "Nombre de usuario o nombre, al menos 2 letras.",
        PatronSearch => "Nombre de usuario o nombre",
        PeriodFrom => "Desde el trimestre",
        PeriodTo => "Hasta el trimestre",
        PickRoom => "Sala",
        PlanWorkshop => "Planificar un taller",
        QuarterColumn => "Trimestre",
        RecordConsent => "Registrar el consentimiento",
        RemoveBranchNamed => "Quitar la sucursal {0}, con sus salas y quioscos",
        RemoveBranch => "Quitar la sucursal",
        ResidentsColumn => "Residentes que la tienen",
        ResidentsJoined => "Residentes que se unieron",
        ResidentsSharing => "Residentes que comparten estadísticas: {0}",
        ResumeReview => "Revisión de currículum",
        RoomName => "Nombre de la sala",
        RoomsLabel => "Salas",
        Search => "Buscar",
        ShareOfListings => "Ofertas que la buscan",
        ShareOfResidents => "Residentes que la tienen",
        ShareStatisticsHint => "La biblioteca solo ve totales de 5 personas o más, nunca a usted.",
        ShareStatistics => "Contar mis habilidades en las estadísticas anónimas de la biblioteca",
        ShowInsight => "Mostrar",
        SignInToBook => "Inicie sesión para reservar",
        SignedUpColumn => "Inscritos",
        SkillColumn => "Habilidad",
        SkillsAdded => "Habilidades añadidas",
        SlotCountHint => "Cuántas horas seguidas, hasta 8.",
        SlotCount => "Cuántas",
        SlotGone => "Esta hora ya no se ofrece.",
        SlotMinutes => "Minutos cada una",
        SlotTaken => "Otra persona acaba de reservar esta hora. Elija otra, por favor.",
        SlotWhenWhere => "{0} minutos · {1}",
        StaffOnly => "Esta página es para el personal de la biblioteca.",
        StillOpen => "Sin reservar",
        SuggestedWorkshopsIntro => {
            "Las ofertas buscan estas habilidades, pocos residentes las tienen y nada de lo que ofrece la biblioteca las enseña todavía:"
        }
        SuggestedWorkshops => "Talleres sugeridos",
        SuppressionNote => {
            "Los recuentos de menos de {0} personas se ocultan, y los totales dejan fuera grupos tan pequeños, para que ninguna cifra señale a una persona."
        }
        Suspended => "suspendida",
        TickPatronAgreed => "Marque la casilla cuando la persona haya aceptado.",
        TimesIOffer => "Horas que ofrezco",
        TimesOffered => "{0} horas ofrecidas.",
        TrendCaption => "Ofertas publicadas y residentes que se unieron, por trimestre",
        TrendTableCaption => "Por trimestre (números pequeños ocultos)",
        TrendTitle => "A lo largo del tiempo",
        PeriodOrder => "El período debe terminar en el trimestre en que empieza o después.",
        AppointmentCancelReason => "Motivo (opcional, se le dirá a la otra persona)",
        ShowAttended => "Mostrar en mi perfil los talleres y eventos a los que asistí",
        WorkshopsAttended => "Talleres y eventos a los que asistió",
        CalendarFeedTitle => "Suscribirse desde su aplicación de calendario",
        CalendarFeedIntro => {
            "Una dirección privada a la que puede suscribirse el calendario de su teléfono o computadora: muestra los eventos en los que tiene lugar y sus citas, y los mantiene al día."
        }
        CalendarFeedAddress => "Su dirección de calendario",
        CalendarFeedOnce => {
            "Cópiela ahora en su aplicación de calendario: solo se muestra una vez. Quien la tenga puede ver sus eventos, así que no la comparta."
        }
        CalendarFeedMake => "Crear mi dirección de calendario",
        CalendarFeedRenew => "Crear una dirección nueva (la anterior deja de funcionar)",
        CalendarFeedStop => "Desactivar mi dirección de calendario",
        CancelLaterDates => "Cancelar también las fechas siguientes de esta serie semanal",
        WhichKiosk => "¿Qué quiosco es este?",
        KioskNotRegistered => {
            "Sin registrar (tiempo de inactividad predeterminado de la biblioteca)"
        }
        WhichKioskHint => {
            "Las sesiones iniciadas aquí usan entonces el tiempo de inactividad que el personal fijó para este quiosco en la página del mostrador."
        }
        HelpWithProfileOf => "Ayudar a {0} con su perfil",
        RecordConsentOf => "Registrar el consentimiento de {0}",
        TimeThere => "{0}, hora de {1}",
        TimeYours => "{0}, tu hora",
        CityTime => "hora de {0}",
        TimesAreIn => "Las horas son en hora de {0} (la zona horaria de la sucursal).",
        TimeZoneLabel => "Zona horaria",
        LibraryTimeZone => "Zona horaria de la biblioteca",
        ProblemTimePast => "Esa hora ya pasó; elija una hora posterior.",
        ProblemTimeZoneUnknown => {
            "Ese no es el nombre de una zona horaria; elija una de la lista, por ejemplo America/Chicago."
        }
    }
}
