//! A person's profile. So far: the skills they hold, each with a level.

use serde::{Deserialize, Serialize};

/// How well a person knows a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SkillLevel {
    /// Learning it now.
    Learning,
    /// Uses it at work.
    #[default]
    Working,
    /// Could teach it.
    Expert,
}

impl SkillLevel {
    pub const ALL: [SkillLevel; 3] = [
        SkillLevel::Learning,
        SkillLevel::Working,
        SkillLevel::Expert,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SkillLevel::Learning => "learning",
            SkillLevel::Working => "working",
            SkillLevel::Expert => "expert",
        }
    }

    pub fn parse(name: &str) -> Option<SkillLevel> {
        SkillLevel::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// One skill on a profile: an ESCO skill id and a level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileSkill {
    pub skill_id: String,
    #[serde(default)]
    pub level: SkillLevel,
}

/// The skills on a profile, as sent and received whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileSkills {
    pub skills: Vec<ProfileSkill>,
}

/// Most skills one profile can list.
pub const MAX_PROFILE_SKILLS: usize = 300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_and_default_to_working() {
        for level in SkillLevel::ALL {
            assert_eq!(SkillLevel::parse(level.as_str()), Some(level));
        }
        let skill: ProfileSkill = serde_json::from_str(r#"{"skill_id":"x"}"#).unwrap();
        assert_eq!(skill.level, SkillLevel::Working);
    }
}
