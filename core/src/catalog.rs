//! The public listings a browser keeps: built from the server's change
//! feed, one page of changes at a time, and kept between visits.

use serde::{Deserialize, Serialize};

use crate::api::ListingChanges;
use crate::jobs::Job;
use crate::learning::Resource;

/// Open jobs and resources as of `cursor`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    /// The sync cursor the catalog is current to.
    pub cursor: i64,
    /// The taxonomy's version when it was synced.
    pub taxonomy_version: i64,
    /// By id.
    pub jobs: Vec<Job>,
    /// By id.
    pub resources: Vec<Resource>,
}

fn merge<T>(list: &mut Vec<T>, changed: Vec<T>, id: impl Fn(&T) -> i64, open: impl Fn(&T) -> bool) {
    for item in changed {
        match list.binary_search_by_key(&id(&item), &id) {
            Ok(at) if open(&item) => list[at] = item,
            Ok(at) => {
                list.remove(at);
            }
            Err(at) if open(&item) => list.insert(at, item),
            Err(_) => {}
        }
    }
}

impl Catalog {
    /// Applies one page of changes: closed listings leave, others are
    /// added or replaced. A reset starts from nothing.
    pub fn apply(&mut self, changes: ListingChanges) {
        if changes.reset {
            *self = Catalog::default();
        }
        merge(&mut self.jobs, changes.jobs, |j| j.id, |j| j.open);
        merge(&mut self.resources, changes.resources, |r| r.id, |r| r.open);
        self.cursor = changes.cursor;
        self.taxonomy_version = changes.taxonomy_version;
    }

    /// The job with this id, if the catalog has it.
    pub fn job(&self, id: i64) -> Option<&Job> {
        self.jobs
            .binary_search_by_key(&id, |j| j.id)
            .ok()
            .map(|at| &self.jobs[at])
    }

    /// The resource with this id, if the catalog has it.
    pub fn resource(&self, id: i64) -> Option<&Resource> {
        self.resources
            .binary_search_by_key(&id, |r| r.id)
            .ok()
            .map(|at| &self.resources[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::tests::fields;

    fn job(id: i64, version: i64, open: bool, title: &str) -> Job {
        let mut f = fields();
        f.title = title.into();
        Job {
            id,
            version,
            open,
            fields: f,
        }
    }

    fn page(cursor: i64, jobs: Vec<Job>) -> ListingChanges {
        ListingChanges {
            cursor,
            jobs,
            ..ListingChanges::default()
        }
    }

    #[test]
    fn changes_add_replace_and_remove_in_id_order() {
        let mut catalog = Catalog::default();
        catalog.apply(page(
            3,
            vec![
                job(2, 1, true, "b"),
                job(1, 2, true, "a"),
                job(3, 3, false, "c"),
            ],
        ));
        assert_eq!(
            catalog.jobs.iter().map(|j| j.id).collect::<Vec<_>>(),
            [1, 2]
        );
        catalog.apply(page(5, vec![job(1, 4, true, "a2"), job(2, 5, false, "b")]));
        assert_eq!(catalog.jobs.len(), 1);
        assert_eq!(catalog.job(1).unwrap().fields.title, "a2");
        assert_eq!(catalog.cursor, 5);
    }

    #[test]
    fn a_reset_drops_what_was_kept() {
        let mut catalog = Catalog::default();
        catalog.apply(page(9, vec![job(1, 9, true, "old")]));
        catalog.apply(ListingChanges {
            reset: true,
            ..page(2, vec![job(7, 2, true, "new")])
        });
        assert_eq!(catalog.jobs.iter().map(|j| j.id).collect::<Vec<_>>(), [7]);
    }
}
