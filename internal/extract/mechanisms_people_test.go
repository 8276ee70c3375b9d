package extract_test

import (
	"slices"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// People as reporting introduces them: by rank, title or role, beside a
// verb of speech, listed or as a speaker's label, and the shapes their
// names take.

func TestSurnameJoinsFullNameAcrossDocuments(t *testing.T) {
	docs := []briefing.Document{
		{ID: "d1", Text: "Defense Secretary Lloyd Austin said the carrier would stay."},
		{ID: "d2", Text: "Austin said the deployment was open-ended."},
	}
	b := extract.Run(docs)
	var people []string
	for _, a := range b.Actors {
		if a.Kind == briefing.Person {
			people = append(people, a.Name)
		}
	}
	if len(people) != 1 || people[0] != "Lloyd Austin" {
		t.Errorf("people %v, want one: Lloyd Austin", people)
	}
}

func TestKnownSurnameAsAnotherMansFirstName(t *testing.T) {
	b := run("Teodoro Balani, spokesman for the coast guard, said the ship was damaged.")
	if _, ok := findActor(b, "Gilberto Teodoro"); ok {
		t.Errorf("'Teodoro Balani' is not the defence secretary (actors %v)", actorNames(b.Actors))
	}
	if _, ok := findActor(b, "Teodoro Balani"); !ok {
		t.Errorf("Teodoro Balani not found (actors %v)", actorNames(b.Actors))
	}
}

func TestTitlesAndNamesInsideLongerOnes(t *testing.T) {
	b := run("\"The sea lanes are safe,\" said State Secretary Claudiu Enache. The Mine Countermeasures Naval Group Black Sea " +
		"ended its patrol. The next patrol began under Bulgarian command.")
	if a, ok := findActor(b, "Claudiu Enache"); !ok || a.Title != "State Secretary" {
		t.Errorf("Claudiu Enache: %+v (actors %v)", a, actorNames(b.Actors))
	}
	for _, wrong := range []string{"State Secretary", "Naval Group", "Bulgarian command"} {
		if _, ok := findActor(b, wrong); ok {
			t.Errorf("%q is no actor here (actors %v)", wrong, actorNames(b.Actors))
		}
	}
}

func TestPeopleByHowReportingIntroducesThem(t *testing.T) {
	b := run("Rauf Mirzazade, a Baku-based military analyst, said it was not clear. The boat was held, according to " +
		"Hsieh Chun-wei, deputy director-general of the CGA. Guyana's Foreign Secretary, Anand Persaud, called it a " +
		"provocation. Kari Solberg Vik of the Conservative Party asked the minister. Eirik Mo Tangen of the Socialist " +
		"Left asked when. Lt Col Arvind Rathee, defence spokesperson in Jammu, says troops responded.")
	for _, name := range []string{"Rauf Mirzazade", "Hsieh Chun-wei", "Anand Persaud", "Kari Solberg Vik", "Eirik Mo Tangen", "Arvind Rathee"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Person {
			t.Errorf("%q: %+v, want a person (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	if a, _ := findActor(b, "Eirik Mo Tangen"); a.Title != "" {
		t.Errorf("Eirik Mo Tangen took the title %q of the sentence before", a.Title)
	}
	if a, _ := findActor(b, "Arvind Rathee"); a.Title != "Lieutenant Colonel" {
		t.Errorf("Arvind Rathee: title %q, want Lieutenant Colonel", a.Title)
	}
	if _, ok := findActor(b, "Socialist Left"); ok {
		t.Errorf("'Socialist Left' is a party, not a person")
	}
}

// TestPersonByAbbreviatedTitle: "Boris Ivanov, an MP, said" is a person
// known by the apposition, its title written in capitals.
func TestPersonByAbbreviatedTitle(t *testing.T) {
	b := run("Boris Ivanov, an MP, said the army had shelled the town of Kamen.")
	a, ok := findActor(b, "Boris Ivanov")
	if !ok || a.Kind != "person" {
		t.Fatalf("no person Boris Ivanov (actors %v)", actorNames(b.Actors))
	}
}

// TestDotlessRankBeforeFullName: "Gen" without its dot is a rank before
// a first name and a surname, and a first name before a surname alone.
func TestDotlessRankBeforeFullName(t *testing.T) {
	b := run("The head of the council, Gen Moussa Barry Keita, said on radio that the army would respond.")
	if a, ok := findActor(b, "Moussa Barry Keita"); !ok || a.Title != "General" {
		t.Errorf("want General Moussa Barry Keita, got %v", actorNames(b.Actors))
	}
	b = run("Gen Nakatani said Japan would respond.")
	if _, ok := findActor(b, "Gen Nakatani"); !ok {
		t.Errorf("want the person Gen Nakatani, got %v", actorNames(b.Actors))
	}
}

// TestPeopleBesideTheirRoles: names set off by commas before a verb of
// speech, names after their role, and a first name that is also a
// missile's.
func TestPeopleBesideTheirRoles(t *testing.T) {
	cases := []struct{ text, person, notAsset string }{
		{"Latvia's head of the Security Bureau, Ilze Ozola, said the country was ready.", "Ilze Ozola", ""},
		{"Karim Haidari, Taliban border police spokesman, said the shooting stopped at noon.", "Karim Haidari", ""},
		{"The units sided with Salem Juha, brother of Interior Minister Emad Juha, on Friday.", "Emad Juha", "Emad"},
	}
	for _, c := range cases {
		b := run(c.text)
		if _, ok := findActor(b, c.person); !ok {
			t.Errorf("%q: no person %q (actors %v)", c.text, c.person, actorNames(b.Actors))
		}
		if c.notAsset != "" {
			if _, ok := findAsset(b, c.notAsset); ok {
				t.Errorf("%q: a first name made the asset %q", c.text, c.notAsset)
			}
		}
	}
	b := run("Karim Haidari, Taliban Ministry of Defence spokesman, said the shooting stopped.")
	if _, ok := findActor(b, "UK Ministry of Defence"); ok {
		t.Errorf("the Taliban's ministry taken for the UK's: %v", actorNames(b.Actors))
	}
}

// TestNameAndInstitutionStayApart: "Kikli and Government of National
// Unity" is a man and a government, not one institution.
func TestNameAndInstitutionStayApart(t *testing.T) {
	b := run("Tensions grew between Haddad and Government of National Accord officials over the port.")
	if _, ok := findActor(b, "Haddad and Government of National Accord"); ok {
		t.Errorf("a name joined to an institution: %v", actorNames(b.Actors))
	}
}

// TestAMonthsShortFormStartsAName: "Jan" opens a person's name when a
// name follows it; before a day's number it is still the month.
func TestAMonthsShortFormStartsAName(t *testing.T) {
	b := run("Jan Kowalski, a spokesman for the brigade, declined to comment. On Jan. 8 the brigade withdrew, " +
		"and by Jan 12 it had left the valley.")
	wantActors(t, b, "Jan Kowalski")
	refuseActorNames(t, b, "is a date, no person", "Jan", "Jan. 8", "Jan 12")
}

// TestAGivenNameOpensAPersonsName: a full name opened by a common given
// name is a person even with nothing beside it; the same run ending in
// a building's or a body's word is a place or a body.
func TestAGivenNameOpensAPersonsName(t *testing.T) {
	b := run("Officials would not say whether Yusuf Haddad was among those killed in the strike. " +
		"The wounded were taken to Khalil Hospital, and the Ahmed Karimi administration said the Omar Tell Brigade " +
		"had withdrawn.")
	wantActors(t, b, "Yusuf Haddad")
	refuseActors(t, b, "are no people", "Khalil Hospital", "Ahmed Karimi", "Omar Tell")
}

func TestPeopleListedAfterAPluralRoleAndHyphenatedRanks(t *testing.T) {
	b := run("The dead were ranger Somchai Dee, Sergeant Preecha Kong and volunteers Anan Suk and Wichai Thong-on. " +
		"\"They want chaos,\" Third Army Commander Lt-General Pravit Rak said. A spokesman for the Yemen-based rebels spoke.")
	wantActors(t, b, "Somchai Dee", "Preecha Kong", "Anan Suk", "Wichai Thong-on", "Pravit Rak")
	if a, _ := findActor(b, "Wichai Thong-on"); a.Role != "volunteer" {
		t.Errorf("Wichai Thong-on: role %q, want volunteer", a.Role)
	}
	refuseActors(t, b, "is no actor", "Lt", "based rebels")
}

func TestSurnamesOfTwoWordsAndSinaiNames(t *testing.T) {
	b := run("Rear Adm. Anna Berg Lind spoke in Washington. Berg Lind said ships turned off their transponders. " +
		"Fighters of Province of Sinai stormed a checkpoint in Sheikh Zuwayed.")
	if a, ok := findActor(b, "Anna Berg Lind"); !ok || len(a.Mentions) < 2 {
		t.Errorf("Anna Berg Lind: %+v, want two mentions (actors %v)", a, actorNames(b.Actors))
	}
	wantActors(t, b, "Islamic State Sinai Province")
	refuseActorNames(t, b, "is no actor of its own", "Berg Lind", "Zuwayed")
}

func TestFullNamesSetOffBesideARole(t *testing.T) {
	b := run("The leader of the breakaway region, Arman Vale, boasted on television. Reports prompted Kemal Ozan, foreign " +
		"policy adviser to the President, to call on the Ambassador to the country, Ravi Sundaram. The lake shore, " +
		"Pangong Lake, froze.")
	wantActors(t, b, "Arman Vale", "Kemal Ozan", "Ravi Sundaram")
	refuseActorNames(t, b, "is a lake, no person", "Pangong Lake")
}

func TestSpeakerLabelsOfATranscript(t *testing.T) {
	b := run("Written answers\n\nMr. Alan Reeve: To ask the Secretary of State what helicopters are deployed.\n\n" +
		"Ruth Calder [holding answer 4 March]: As of February, the UK deployed Chinook helicopters.\n\n" +
		"Key Points: the fleet is stretched.\n\nTom Hale: Will more be sent?\n\nRuth Calder: Not this year.\n\nTom Hale: Thank you.")
	wantActors(t, b, "Alan Reeve", "Ruth Calder", "Tom Hale")
	refuseActorNames(t, b, "is a heading's label, no person", "Key Points")
}

// TestRolesAndAcronymsOfProcurementNews: a role in capitals before a
// name ("CEO"), a counterpart named after a comma, and a body's acronym
// that the gazetteer gives another state.
func TestRolesAndAcronymsOfProcurementNews(t *testing.T) {
	b := run("Shipyard CEO Anika Folau signed the deal, watched by the Fijian minister, Semi Tora, and his Tongan " +
		"counterpart, Viliami Hufanga. Funds come from the Tongan Ministry of Defence (MoD), and the MoD said the first " +
		"boat arrives in May.")
	wantActors(t, b, "Anika Folau", "Semi Tora", "Viliami Hufanga", "Tongan Ministry of Defence")
	refuseActors(t, b, "is the UK's ministry; the text defines MoD as Tonga's", "UK Ministry of Defence")
}

// TestNameBeforeWho: a full name set off by a comma before "who" is a
// person's; bodies so written stay what they are.
func TestNameBeforeWho(t *testing.T) {
	b := run("One of the brigade's commanders is Idris al-Maghrabi, who is wanted by a court in The Hague. " +
		"The Rapid Support Forces, who deny the charge, said nothing more.")
	wantActors(t, b, "Idris al-Maghrabi")
	if a, ok := findActor(b, "Rapid Support Forces"); !ok || a.Kind == briefing.Person {
		t.Errorf("Rapid Support Forces: kind %q (found %v), want a group", a.Kind, ok)
	}
}

// TestNicknamesAndNamedFactions: a name after "aka" is the person's; a
// capitalised name before "structure" or "faction" names a group.
func TestNicknamesAndNamedFactions(t *testing.T) {
	b := run("The patrol hunted Ruperto Salas Quinto, aka Comrade Tomas, near the river. The ambush was blamed on " +
		"the Manuel Ortiz structure, a dissident faction.")
	wantActors(t, b, "Ruperto Salas Quinto", "Manuel Ortiz structure")
	persons := 0
	for _, a := range b.Actors {
		if a.Kind == briefing.Person {
			persons++
			if !slices.Contains(a.Aliases, "Comrade Tomas") {
				t.Errorf("%s: aliases %v, want Comrade Tomas among them", a.Name, a.Aliases)
			}
		}
	}
	if persons != 1 {
		t.Errorf("%d persons, want one: the alias is no person of its own", persons)
	}
}

// TestInitialsAfterARank: initials in capitals open a name after a rank
// ("Air Marshal AK Bharti"); a known acronym there does not.
func TestInitialsAfterARank(t *testing.T) {
	b := run("Senior officers, including Air Marshal RK Sethi, spoke. Sethi said the pilots were safe.")
	wantActors(t, b, "RK Sethi")
}

func TestNicknamesClaimantsAndTypesListedBesideAKnownOne(t *testing.T) {
	b := run("Fighters loyal to presidential claimant Marc Dossou took the bridge. Their commander, Didier “Tonnerre” " +
		"Kouassi, said he had 3,000 men. President Lobo “We will win” was heard on the radio. At dawn, Hawk and " +
		"F-16 fighter jets from the air force struck the depot.")
	wantActors(t, b, "Marc Dossou", "Didier Kouassi")
	refuseActorNames(t, b, "a quotation, not a nickname", "Lobo We")
	if a, ok := findAsset(b, "Hawk"); !ok || a.Category != "fighter aircraft" {
		t.Errorf("Hawk: %+v, want a type of the list's noun (assets %v)", a, assetNames(b.Assets))
	}
}

func TestPeopleIntroducedByWhoTheyAreOrByARoleAfterTheirName(t *testing.T) {
	b := run("A herder named Tesfaye Alemu Bekele said the drones came at dawn. Samoan man Iosefa Tuilagi, " +
		"interviewed by local radio, said fuel had reached the reef. Gangs answer to Dieudonne Pierre Louis, alias " +
		"“Ti Lapli,” in the hills. A village defence guard Rahul Verma was killed. Sami Haddad, Director of Public " +
		"Information for the Interior Ministry, said talks would resume. The rebel Free Sahel Movement denied it.")
	wantActors(t, b, "Tesfaye Alemu Bekele", "Iosefa Tuilagi", "Dieudonne Pierre Louis", "Rahul Verma", "Sami Haddad")
	if a, _ := findActor(b, "Iosefa Tuilagi"); a.Role == "man" {
		t.Errorf("Iosefa Tuilagi: role %q; saying who someone is gives no office", a.Role)
	}
	refuseActorNames(t, b, "a group's name, not a person's", "Free Sahel")
}

func TestMiddleInitialsInsideNames(t *testing.T) {
	b := run("The launch was seen on Monday. Gen. Marta K. Oduya said the test was reckless. " +
		"\"It worries us,\" said Col. Peter R. \"Pete\" Linde, the wing's commander. The memo was signed by " +
		"Secretary Dan J. Hollis. It ends here. Oduya left.")
	for _, name := range []string{"Marta K. Oduya", "Peter R. Linde", "Dan J. Hollis"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Person {
			t.Errorf("%q: %+v, want a person (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	for _, cut := range []string{"Marta", "Peter", "Dan", "Peter R", "Marta K"} {
		if _, ok := findActor(b, cut); ok {
			t.Errorf("a name cut at its initial: %q (actors %v)", cut, actorNames(b.Actors))
		}
	}
}

// TestNamesThatHoldKnownWords: a family name the gazetteer knows for one
// person, after another first name, is another person; a state's name
// after a rank and first names ends a person's name.
func TestNamesThatHoldKnownWords(t *testing.T) {
	b := run("Khalifa Haftar met envoys in Benghazi. Belqasem Haftar, who runs a reconstruction fund, said the talks went well. " +
		"Brigadier General Ana Lucia Jordan told reporters the drill would end on Friday.")
	for _, name := range []string{"Khalifa Haftar", "Belqasem Haftar", "Ana Lucia Jordan"} {
		if a, ok := findActor(b, name); !ok || a.Kind != "person" {
			t.Errorf("no person %q (actors %v)", name, actorNames(b.Actors))
		}
	}
	if k, ok := findActor(b, "Khalifa Haftar"); ok && len(k.Mentions) != 1 {
		t.Errorf("Khalifa Haftar has %d mentions, want 1: his son's name is not his", len(k.Mentions))
	}
	if _, ok := findActor(b, "Jordan"); ok {
		t.Errorf("a general's family name read as the state of Jordan (actors %v)", actorNames(b.Actors))
	}
}

// TestPeopleAndBodiesAsReportingNamesThem: a name with "has said" or
// "later wrote", a name after a lowercase office and a comma, a body
// after the noun that introduces it; a think tank is no tank.
func TestPeopleAndBodiesAsReportingNamesThem(t *testing.T) {
	b := run("Shipyard chief executive Ilse Marten has said the frigates will be late. " +
		"A local legislator, Tomas Ruud, later wrote that the base was hit. " +
		"The figures come from the monitoring group Sahel Watch. " +
		"Marta Sousa, an analyst at the Lisbon think tank, said the drills would continue.")
	for _, name := range []string{"Ilse Marten", "Tomas Ruud", "Marta Sousa"} {
		if a, ok := findActor(b, name); !ok || a.Kind != "person" {
			t.Errorf("no person %q (actors %v)", name, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "Sahel Watch"); !ok {
		t.Errorf("no organisation Sahel Watch (actors %v)", actorNames(b.Actors))
	}
	for _, a := range b.Assets {
		if a.Name == "tank" {
			t.Errorf("a think tank read as a tank (assets %v)", assetNames(b.Assets))
		}
	}
}
