"""Word lists for the synthetic notes generator (data only, no logic).

Every name, street, facility and place here is invented or a common word; any match with a real
person or place is coincidental. Tuples keep the tables immutable so generation is deterministic.
"""

from __future__ import annotations

# fmt: off

FIRST_NAMES_FEMALE: tuple[str, ...] = (
    "Maria", "Jennifer", "Aisha", "Emily", "Sofia", "Hannah", "Grace", "Olivia", "Priya", "Mei",
    "Fatima", "Chloe", "Rachel", "Lauren", "Danielle", "Keisha", "Natalie", "Rosa", "Ingrid",
    "Yuki", "Amara", "Leah", "Brianna", "Camila", "Elena", "Tamara", "Nadia", "Kayla", "Megan",
    "Lucia", "Imani", "Valeria", "Jasmine", "Ruth", "Beatrice", "Harriet", "Noor", "Siobhan",
)
FIRST_NAMES_MALE: tuple[str, ...] = (
    "James", "Michael", "Carlos", "David", "Omar", "Daniel", "Kevin", "Jamal", "Wei", "Luis",
    "Brandon", "Tyler", "Ethan", "Marcus", "Andre", "Samuel", "Raj", "Hiroshi", "Diego", "Connor",
    "Malik", "Nathan", "Victor", "Gregory", "Tomas", "Isaac", "Dmitri", "Kwame", "Patrick",
    "Elijah", "Mateo", "Abdul", "Howard", "Eugene", "Arjun", "Felix", "Desmond", "Leon",
)
FIRST_NAMES_NEUTRAL: tuple[str, ...] = (
    "Alex", "Jordan", "Taylor", "Riley", "Casey", "Morgan", "Avery", "Quinn", "Rowan", "Sage",
    "Jamie", "Skyler", "Emerson", "Parker", "River", "Dakota",
)
LAST_NAMES: tuple[str, ...] = (
    "Garcia", "Smith", "Johnson", "Nguyen", "Patel", "Okafor", "Kowalski", "Hernandez", "Chen",
    "Williams", "Brown", "Martinez", "Kim", "Rodriguez", "Lee", "Walker", "Hall", "Young",
    "Robinson", "Lopez", "Gonzalez", "Wright", "Scott", "Adeyemi", "Fischer", "Novak", "Rossi",
    "Haddad", "Yamamoto", "Sullivan", "O'Brien", "Murphy", "Bennett", "Price", "Reyes",
    "Castillo", "Morales", "Ivanova", "Larsen", "Schmidt", "Delgado", "Takahashi", "Mensah",
    "Abernathy", "Fitzgerald", "Whitfield", "Thornton", "Mbeki", "Dubois", "Petrov", "Ramirez",
    "Coleman", "Jenkins", "Foster", "Brooks", "Sanders", "Hughes", "Alvarez", "Bishop",
)
CLINICIAN_CREDENTIALS: tuple[str, ...] = ("LCSW", "LMFT", "LPC", "PsyD", "PhD", "MD", "PMHNP")

STREET_NAMES: tuple[str, ...] = (
    "Maple", "Oak", "Pine", "Cedar", "Elm", "Willow", "Birch", "Chestnut", "Walnut", "Spruce",
    "Hillcrest", "Lakeview", "Sunset", "Highland", "Meadow", "Ridge", "Park", "Washington",
    "Lincoln", "Jefferson", "Franklin", "Church", "Mill", "River", "Spring", "Orchard", "Prospect",
    "Harbor", "Juniper", "Magnolia", "Sycamore", "Laurel", "Fairway", "Colonial", "Bayberry",
)
STREET_SUFFIXES: tuple[str, ...] = (
    "Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Place", "Terrace",
    "St", "Ave", "Rd", "Dr",
)
CITIES: tuple[tuple[str, str], ...] = (
    ("Springfield", "IL"), ("Riverton", "WY"), ("Fairview", "OR"), ("Greenville", "SC"),
    ("Madison", "WI"), ("Franklin", "TN"), ("Clinton", "IA"), ("Georgetown", "KY"),
    ("Salem", "MA"), ("Arlington", "VA"), ("Ashland", "OH"), ("Milford", "CT"),
    ("Oakdale", "CA"), ("Lakewood", "CO"), ("Bristol", "RI"), ("Dover", "DE"),
    ("Hudson", "NY"), ("Kingston", "NH"), ("Marion", "IN"), ("Newport", "VT"),
    ("Bangor", "ME"), ("Tucson", "AZ"), ("Shreveport", "LA"), ("Duluth", "MN"),
    ("Provo", "UT"), ("Boise", "ID"), ("Laredo", "TX"), ("Tacoma", "WA"),
)
# Common 3-digit ZIP prefixes, and HIPAA Safe Harbor restricted ones (population <= 20,000).
ZIP_PREFIXES_COMMON: tuple[str, ...] = (
    "021", "024", "100", "112", "191", "200", "212", "303", "331", "372", "441", "481", "537",
    "554", "606", "631", "701", "752", "770", "787", "802", "841", "850", "891", "900", "917",
    "941", "958", "972", "981", "995", "068", "079", "146", "282", "328", "402", "462", "532",
)
ZIP_PREFIXES_RESTRICTED: tuple[str, ...] = (
    "036", "059", "102", "203", "205", "369", "556", "692", "753", "772", "821", "823", "878",
    "879", "884", "893",
)
# Area codes in real use (no 555); exchange digits are drawn separately.
AREA_CODES: tuple[str, ...] = (
    "212", "415", "617", "303", "512", "206", "312", "404", "713", "602", "214", "305", "503",
    "614", "704", "801", "860", "919", "978", "410", "248", "262", "319", "336", "419",
)
EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "protonmail.com",
    "aol.com", "mail.com",
)
HANDLE_WORDS: tuple[str, ...] = (
    "quiet", "moon", "river", "tired", "blue", "maple", "owl", "storm", "coffee", "night", "lost",
    "sunny", "paper", "cloud", "fox", "velvet", "static", "ember", "drift", "echo",
)
URL_SITES: tuple[str, ...] = (
    "https://www.instagram.com/{h}", "https://twitter.com/{h}", "https://www.tiktok.com/@{h}",
    "https://www.reddit.com/user/{h}", "https://www.facebook.com/{h}", "https://linktr.ee/{h}",
    "https://{h}.tumblr.com", "https://medium.com/@{h}", "www.{h}.blog",
    "https://www.gofundme.com/f/help-{h}",
)

FACILITY_PREFIXES: tuple[str, ...] = (
    "Riverside", "Lakeshore", "Maplewood", "Cedar Ridge", "Northgate", "St. Brigid's", "Harborview",
    "Sunrise", "Willow Creek", "Mercy", "Pinecrest", "Bayside", "Valley View", "Clearwater",
    "Summit", "Meadowbrook",
)
FACILITY_SUFFIXES: tuple[str, ...] = (
    "Behavioral Health Center", "Community Mental Health Clinic", "Psychiatric Hospital",
    "Counseling Center", "Recovery Center", "Family Health Center", "Medical Center",
    "Wellness Clinic",
)

OCCUPATIONS_COMMON: tuple[str, ...] = (
    "teacher", "nurse", "software engineer", "retail associate", "student", "accountant",
    "construction worker", "truck driver", "cashier", "warehouse worker", "barista", "paralegal",
    "electrician", "graphic designer", "social worker", "line cook", "sales manager", "mechanic",
    "retired", "unemployed", "homemaker", "pharmacist", "police officer", "bank teller",
)
OCCUPATIONS_RARE: tuple[str, ...] = (
    "lighthouse keeper", "air traffic controller", "professional cellist", "glassblower",
    "wildland firefighter", "court stenographer", "taxidermist", "astronaut candidate",
)
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
RELATIONS: tuple[str, ...] = (
    "sister", "brother", "mother", "father", "partner", "roommate", "friend", "cousin", "wife",
    "husband", "daughter", "son",
)

# Symptom language: topic -> intensity 0..3 -> (clinical third person, peer first person).
# Intensity 0 phrases are negations / normal findings; they appear at every severity.
SYMPTOMS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "mood": (
        (("Denies depressed mood.", "Mood described as okay.", "Reports mood has been stable.",
          "Affect euthymic and reactive."),
         ("Honestly my mood has been alright lately.", "I don't really feel down.",
          "Feeling pretty steady these days.")),
        (("Reports feeling a little down at times.", "Endorses occasional low mood.",
          "Mood 'a bit flat' some days."),
         ("Some days I feel kind of meh.", "I get a little down sometimes, nothing huge.",
          "Been a bit blah on and off.")),
        (("Reports feeling down most days this period.", "Endorses persistent sadness.",
          "Affect constricted, mood 'low'."),
         ("I feel down most days now.", "I've been sad a lot more than usual.",
          "The low mood just keeps hanging around.")),
        (("Reports feeling hopeless nearly every day.", "Describes mood as 'empty' and 'heavy'.",
          "Affect flat, tearful throughout session."),
         ("Everything feels hopeless, every single day.", "I feel completely empty inside.",
          "I cry almost every day and can't stop.")),
    ),
    "anhedonia": (
        (("Denies anhedonia.", "Still enjoys hobbies.", "Interest in activities preserved."),
         ("Still enjoying my hobbies.", "I still like doing my usual stuff.")),
        (("Somewhat less interest in hobbies.", "Enjoys things slightly less than usual."),
         ("Hobbies feel a bit less fun lately.", "I skipped my usual game night once or twice.")),
        (("Reports loss of interest in most activities.",
          "Endorses anhedonia more than half the days."),
         ("I stopped doing things I used to love.", "Nothing is fun most of the time.")),
        (("Marked anhedonia; has stopped all activities.",
          "No pleasure in anything nearly every day."),
         ("I can't enjoy anything at all anymore.", "I quit everything, nothing matters.")),
    ),
    "sleep": (
        (("Sleep intact.", "Denies sleep disturbance.", "Sleeping 7-8 hours."),
         ("Sleep is fine.", "I'm sleeping okay.")),
        (("Some difficulty falling asleep a few nights.", "Occasional early waking."),
         ("A couple of rough nights of sleep.", "Sometimes I wake up too early.")),
        (("Insomnia most nights, sleeping about 4-5 hours.", "Frequent nighttime waking."),
         ("I barely sleep most nights.", "I keep waking up at 3am and can't get back to sleep.")),
        (("Severe insomnia nearly every night.", "Sleeping 12+ hours, unable to get out of bed."),
         ("I haven't slept properly in weeks.", "I sleep all day and still can't get up.")),
    ),
    "energy": (
        (("Energy adequate.", "Denies fatigue."), ("Energy is decent.", "Not really tired.")),
        (("Mild fatigue in afternoons.", "Reports being tired some days."),
         ("A bit tired in the afternoons.", "Some days I'm low on energy.")),
        (("Fatigue most days.", "Low energy affecting work."),
         ("I'm exhausted most days.", "I have no energy for work.")),
        (("Profound fatigue, struggles to shower or eat.", "No energy to leave bed."),
         ("I can't even shower, I'm so drained.", "I can't get out of bed.")),
    ),
    "appetite": (
        (("Appetite normal.", "No change in appetite."), ("Eating normally.",)),
        (("Slight decrease in appetite.", "Occasional overeating."),
         ("Skipping a meal here and there.", "Snacking more than usual.")),
        (("Poor appetite, some weight loss.", "Emotional eating most days."),
         ("I barely eat anymore.", "I've been stress eating constantly.")),
        (("Significant weight loss, eating once a day.", "Not eating for days at a time."),
         ("I haven't eaten a real meal in days.", "I've lost so much weight.")),
    ),
    "worth": (
        (("Denies guilt or worthlessness.", "Self-esteem intact."),
         ("I feel okay about myself.",)),
        (("Some self-critical thoughts.", "Occasional guilt about work."),
         ("Sometimes I'm hard on myself.", "I feel a bit guilty about stuff at work.")),
        (("Frequent feelings of worthlessness.", "Excessive guilt most days."),
         ("I feel like a failure most days.", "I keep thinking I let everyone down.")),
        (("Pervasive worthlessness; states family would be better off without them.",
          "Overwhelming guilt nearly every day."),
         ("I'm worthless and everyone would be better off without me.",
          "I feel like a burden to everyone all the time.")),
    ),
    "concentration": (
        (("Concentration intact.", "Denies concentration problems."), ("I can focus fine.",)),
        (("Mild difficulty concentrating.", "Occasionally distracted at work."),
         ("Sometimes I zone out at work.",)),
        (("Trouble concentrating most days.", "Unable to finish tasks."),
         ("I can't focus on anything for long.", "I read the same page over and over.")),
        (("Unable to concentrate at all; missed work repeatedly.", "Cannot follow conversations."),
         ("I can't think straight at all.", "My brain is just fog all day.")),
    ),
    "si": (
        (("Denies suicidal ideation.", "Denies SI/HI.", "No thoughts of self-harm.",
          "Denies suicidal ideation, intent or plan."),
         ("No thoughts of hurting myself, to be clear.", "I'm safe, no dark thoughts like that.")),
        (("Denies active SI; no plan or intent.", "Fleeting thoughts of death, no intent."),
         ("Sometimes I wonder what the point is, but I'm safe.",)),
        (("Passive SI several days, denies plan.", "Endorses passive death wishes."),
         ("Some days I wish I wouldn't wake up.", "I think about not being here sometimes.")),
        (("Endorses suicidal ideation nearly every day; safety plan reviewed.",
          "Active SI with vague plan; crisis resources provided."),
         ("I think about ending it almost every day.", "I've been thinking about how I'd do it.")),
    ),
}
# Overall impressions (clinical) / summaries (peer) per severity: paraphrased, never the label word.
IMPRESSIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Overall functioning well.", "No significant depressive symptoms noted.",
      "Presentation largely within normal limits."),
     ("Overall I'm doing fine, just wanted to check in.", "Things are honestly going well.")),
    (("Some low-level symptoms, functioning maintained.", "Sub-threshold symptoms, monitor."),
     ("It's been a so-so month but I'm managing.", "Not great, not terrible.")),
    (("Symptoms interfering with work and relationships.", "Clinically significant symptoms."),
     ("It's getting hard to keep up with everything.", "I'm struggling more than I let on.")),
    (("Symptoms markedly impairing daily functioning.", "Consider higher level of care."),
     ("I don't know how much longer I can do this.", "I'm falling apart and can't function.")),
)
# Sentences that share vocabulary with symptom language but say nothing about the writer's state.
DISTRACTORS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Mother has a history of severe depression.", "Discussed a friend who feels hopeless.",
     "Reports severe seasonal allergies, otherwise healthy.", "Brother treated for insomnia.",
     "Watched a sad documentary, found it interesting.", "Denies alcohol or drug use.",
     "No changes to medication.", "Discussed boundaries with coworkers.",
     "Reports stressful commute due to construction.", "Completed PHQ-9 and GAD-7 today.",
     "Homework: behavioral activation log.", "Continues sertraline 50 mg daily.",
     "Coworker recently lost a parent; patient supporting them.", "Denies psychotic symptoms."),
    ("My roommate has been really depressed, I'm worried about them.",
     "Work was awful today because of a huge deadline, but that's normal.",
     "Anyone have tips for a good therapist app?", "My cat is the best thing ever.",
     "Watched a really sad movie last night lol.",
     "My friend says she feels hopeless, how do I help?",
     "Had a terrible cold last week but I'm over it.",
     "Started journaling because my therapist asked.",
     "Thanks everyone in this group for being kind.", "Traffic was a nightmare this morning."),
)
# fmt: on
