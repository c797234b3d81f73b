//! The short hand-kept lists of given names that English-language news uses
//! for one gender only: the weakest evidence of gender. Pure.

use super::Gender;
use crate::text::WordSet;

/// Given names that, in English-language news, belong to one gender. Names
/// used for both ("Kim", "Lindsey", "Kelly", "Jordan", "Andrea", "Jean",
/// "Joan", "Nicola", "Hilary") are left out on purpose.
#[rustfmt::skip]
static MALE_NAMES: WordSet = WordSet::new(&[
    "aaron", "abraham", "adam", "adrian", "al", "alan", "albert", "alberto", "alejandro",
    "alexander", "alexei", "alfred", "alistair", "andrew", "andy", "anthony", "antonio",
    "arnold", "arthur", "barack", "barry", "ben", "benjamin", "bernard", "bernie", "beto",
    "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brett", "brian",
    "bruce", "bryan", "byron", "carl", "carlos", "charles", "chuck", "clarence", "craig",
    "dan", "daniel", "danny", "darren", "dave", "david", "dennis", "dick", "dmitry", "don",
    "donald", "doug", "douglas", "duncan", "dwight", "ed", "eddie", "edward", "elijah",
    "elon", "emmanuel", "eric", "ernest", "frank", "fred", "frederick", "gary",
    "gavin", "george", "gerald", "gordon", "greg", "gregory", "harold", "harry", "henry",
    "herbert", "howard", "hugh", "ian", "igor", "ivan", "jack", "jacob", "jake", "james", "jesse",
    "jared", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy",
    "joe", "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "josh", "joshua",
    "juan", "justin", "keith", "ken", "kenneth", "kevin", "kirk", "larry", "lawrence",
    "leon", "leonard", "louis", "luis", "luke", "marco", "marcus", "mark", "martin", "matt",
    "matthew", "merrick", "michael", "mike", "mitch", "mitt", "mohammed", "muhammad",
    "nathan", "neil", "newt", "nicholas", "nick", "nigel", "oliver", "omar", "oscar",
    "patrick", "paul", "pedro", "peter", "phil", "philip", "ralph", "rand", "randall",
    "ray", "raymond", "reince", "richard", "rick", "rob", "robert", "roger", "ron",
    "ronald", "roy", "rudy", "russell", "ryan", "scott", "sean", "sergei", "sergey", "seth",
    "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy", "todd", "tom",
    "tony", "victor", "vladimir", "walter", "wayne", "william", "willie", "yuri", "zach",
]);

/// See [`MALE_NAMES`].
#[rustfmt::skip]
static FEMALE_NAMES: WordSet = WordSet::new(&[
    "abigail", "alexandra", "alexandria", "alice", "alison", "amanda", "amy", "angela",
    "angelina", "ann", "anna", "anne", "annie", "ayanna", "barbara", "betsy", "betty",
    "bonnie", "brenda", "carla", "carmen", "carol", "caroline", "catherine", "cathy",
    "cheryl", "christina", "christine", "cindy", "claire", "claudia",
    "condoleezza", "cynthia", "deborah", "debbie", "denise", "diana", "diane", "dianne",
    "donna", "doris", "dorothy", "elaine", "eleanor", "elena", "elisabeth", "elise",
    "elizabeth", "ellen", "emily", "emma", "erica", "erin", "eva", "fiona", "gina", "gloria",
    "grace", "greta", "gretchen", "hannah", "heather", "heidi", "helen", "hillary", "huma",
    "ilhan", "irene", "ivanka", "jacinda", "jane", "janet", "janice", "jeanne", "jennifer",
    "jenny", "jessica", "jill", "joanna", "joyce", "judith", "judy", "julia", "julie",
    "kaitlyn", "kamala", "karen", "kate", "katherine", "kathleen", "kathryn", "kathy",
    "katie", "kayleigh", "kellyanne", "kirsten", "kirstjen", "kristen", "kristi", "kyrsten",
    "laura", "lauren", "linda", "lisa", "liz", "lois", "loretta", "lori", "lucy",
    "madeleine", "margaret", "maria", "marie", "marilyn", "marjorie", "marsha", "martha",
    "mary", "maxine", "megan", "melania", "melinda", "melissa", "michele", "michelle",
    "monica", "nancy", "natalie", "nicole", "nikki", "nina", "olivia", "pamela", "patricia",
    "patty", "paula", "penny", "rachel", "rashida", "rebecca", "rosa", "rosemary", "ruth",
    "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sonia", "sophie",
    "stephanie", "susan", "susie", "suzanne", "svetlana", "tammy", "teresa", "theresa",
    "tiffany", "tina", "tulsi", "ursula", "valerie", "vanessa",
    "wendy", "yulia", "yvonne", "zoe",
]);

/// The gender of a given name from the lists above.
pub(in crate::resolve) fn given_name_gender(name: &str) -> Option<Gender> {
    let lower = crate::text::lower(name);
    if MALE_NAMES.contains(&lower) {
        Some(Gender::Male)
    } else if FEMALE_NAMES.contains(&lower) {
        Some(Gender::Female)
    } else {
        None
    }
}
