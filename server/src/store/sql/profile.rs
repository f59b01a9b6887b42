//! The skills on people's profiles.

use crate::store::ProfileStore;
use crate::store::StoreResult;
use crate::store::columns::Text;
use libranet_core::profile::ProfileSkill;
use libranet_core::profile::SkillLevel;

use super::{Db, SqlStore};

#[async_trait::async_trait]
impl ProfileStore for SqlStore<Db> {
    async fn profile_skills(&self, user_id: i64) -> StoreResult<Vec<ProfileSkill>> {
        let rows = sqlx::query_as::<Db, (String, Text<SkillLevel>)>(
            "SELECT skill_id, level FROM profile_skills WHERE user_id = $1 ORDER BY position",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(skill_id, Text(level))| ProfileSkill { skill_id, level })
            .collect())
    }

    async fn replace_profile_skills(
        &self,
        user_id: i64,
        skills: &[ProfileSkill],
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query::<Db>("DELETE FROM profile_skills WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for (position, skill) in skills.iter().enumerate() {
            sqlx::query::<Db>(
                "INSERT INTO profile_skills (user_id, skill_id, level, position, added_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(user_id)
            .bind(&skill.skill_id)
            .bind(Text(skill.level))
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
