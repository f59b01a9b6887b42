use super::*;
use libranet_core::jobs::Vocabulary;

struct Check<'a>(&'a Taxonomy);
impl Vocabulary for Check<'_> {
    fn has_skill(&self, id: &str) -> bool {
        self.0.skills.iter().any(|s| s.id == id)
    }
    fn has_occupation(&self, id: &str) -> bool {
        self.0.occupations.iter().any(|o| o.id == id)
    }
}

fn taxonomy() -> Taxonomy {
    serde_json::from_str(crate::taxonomy::SHIPPED).unwrap()
}

#[test]
fn the_demo_has_the_promised_spread_and_every_item_is_valid() {
    let taxonomy = taxonomy();
    let data = generate(&taxonomy, 7, 20_780);
    assert!(data.jobs.len() >= 300);
    let employers: HashSet<&str> = data.jobs.iter().map(|(j, _)| j.employer.as_str()).collect();
    assert!(employers.len() >= 40, "{}", employers.len());
    let areas: HashSet<&str> = data.employers.iter().map(|e| e.area.as_str()).collect();
    assert!(areas.len() >= 10);
    assert!(data.resources.len() >= 80);
    assert!(data.profiles.len() >= 30);
    let vocabulary = Check(&taxonomy);
    for (job, _) in &data.jobs {
        assert_eq!(
            job.clone().tidy().validate(&vocabulary),
            Ok(()),
            "{}",
            job.title
        );
    }
    for resource in &data.resources {
        assert_eq!(
            resource.clone().tidy().validate(&vocabulary),
            Ok(()),
            "{}",
            resource.title
        );
    }
    for profile in &data.profiles {
        assert_eq!(profile.details.validate(), Ok(()));
    }
    // Every resource teaches something some job needs.
    let needed: HashSet<&str> = data
        .jobs
        .iter()
        .flat_map(|(j, _)| j.essential.iter().map(String::as_str))
        .collect();
    assert!(
        data.resources
            .iter()
            .all(|r| r.teaches.iter().all(|t| needed.contains(t.as_str())))
    );
}

#[test]
fn the_same_seed_gives_the_same_data() {
    let taxonomy = taxonomy();
    let (a, b) = (
        generate(&taxonomy, 3, 20_780),
        generate(&taxonomy, 3, 20_780),
    );
    assert_eq!(a.jobs, b.jobs);
    assert_ne!(a.jobs, generate(&taxonomy, 4, 20_780).jobs);
}
