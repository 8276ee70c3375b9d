package extract_test

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// TestQuestionWording pins the question each wording rule makes of a
// sentence (written for this test), with its kind and rule: changing a
// rule's wording fails here. Settled statements raise none.
func TestQuestionWording(t *testing.T) {
	cases := []struct {
		text, want string
		kind       briefing.QuestionKind
		rule       string
	}{
		{"Officials are weighing whether the frigate will stay in the Aegean through the winter.",
			"Will the frigate stay in the Aegean through the winter?", briefing.Decision, "whether"},
		{"Commanders have not decided whether to withdraw the battalion from the ridge.",
			"Will commanders withdraw the battalion from the ridge?", briefing.Decision, "whether"},
		{"It is unclear how many interceptors the battery still holds.",
			"How many interceptors does the battery still hold?", briefing.Fact, "wh-clause"},
		{"The ministry declined to say when the convoy would reach the port.",
			"When will the convoy reach the port?", briefing.Timing, "wh-clause"},
		{"The extent of the damage to the pier remains unknown.",
			"What is the extent of the damage to the pier?", briefing.Unknown, "unknown-attribute"},
		{"The exact location of the submarine was not disclosed.",
			"Where is the submarine?", briefing.Unknown, "unknown-attribute"},
		{"A drone struck an unspecified fuel depot near the border overnight.",
			"Which fuel depot near the border did a drone strike overnight?", briefing.Unknown, "unspecified-noun"},
		{"The militia denied losing any fighters in the clash.",
			"Did the militia lose any fighters in the clash, which it denies?", briefing.Denial, "denial"},
		{"Rebels said their fighters had shot down a helicopter near the airport. The army rejected the claim.",
			"Did the fighters shoot down a helicopter near the airport, as rebels say, and the army rejects?", briefing.Conflict, "denial"},
		{"Rebels said their fighters had shot down a helicopter near the airport. The army did not confirm the attack.",
			"Did the fighters shoot down a helicopter near the airport, as rebels say, and the army has not confirmed?", briefing.Claim, "silence"},
		{"The embassy has not responded to requests for comment.",
			"Has the embassy responded?", briefing.Denial, "silence"},
		{"The group claimed to have sunk a supply ship off the coast, a claim that could not be independently verified.",
			"Did the group sink a supply ship off the coast, as it claims, which could not be independently verified?", briefing.Claim, "unverified"},
		{"The insurgents claimed that the convoy was destroyed by roadside bombs.",
			"Was the convoy destroyed by roadside bombs, as the insurgents claim?", briefing.Claim, "claim"},
		{"The raid reportedly killed two commanders of the brigade.",
			"Did the raid kill two commanders of the brigade, as reported?", briefing.Claim, "hedge-adverb"},
		{"The governor said the blast was allegedly caused by a drone launched from across the river.",
			"Was the blast caused by a drone launched from across the river, as alleged?", briefing.Claim, "hedge-adverb"},
		{"The rockets, reportedly launched from an orchard outside the village, landed near the depot.",
			"Were the rockets launched from an orchard outside the village, as reported?", briefing.Claim, "hedge-adverb"},
		{"A second patrol boat, the Tarlac, allegedly rammed a fishing trawler near the reef.",
			"Did the Tarlac ram a fishing trawler near the reef, as alleged?", briefing.Claim, "hedge-adverb"},
		{"The junta likely moved two artillery batteries to the pass overnight.",
			"Did the junta move two artillery batteries to the pass overnight, as is likely?", briefing.Claim, "hedge-adverb"},
		{"The convoy took the likely route along the river.", "", "", ""},
		{"The strike likely refers to the raid on the depot.", "", "", ""},
		{"The ministry issued a statement accusing the rebels of sabotage at the dam.",
			"Were the rebels responsible for sabotage at the dam, as the ministry alleges?", briefing.Claim, "claim"},
		{"The militia claimed to have sunk a patrol boat, which the navy denied.",
			"Did the militia sink a patrol boat, as it says, and the navy denies?", briefing.Conflict, "denial"},
		{"The convoy is reportedly being escorted by two gunboats.",
			"Is the convoy being escorted by two gunboats, as reported?", briefing.Claim, "hedge-adverb"},
		{"Officials have said they suspect the fire was started by a drone and have closed the port.",
			"Was the fire started by a drone, as officials believe?", briefing.Claim, "claim"},
		{"During the night raid on the depot, six guards were killed, the militia said. The army denied it.",
			"Were six guards killed, as the militia says, and the army denies?", briefing.Conflict, "denial"},
		{"The navy attributed the blast to a limpet mine.",
			"Was the blast caused by a limpet mine, as the navy says?", briefing.Claim, "attribution"},
		{"The two armies blamed each other for the shelling of the border post.",
			"Who is responsible for the shelling of the border post?", briefing.Conflict, "attribution"},
		{"Kigali and Kinshasa accused one another of arming the militias.",
			"Who is responsible for arming the militias?", briefing.Conflict, "claim"},
		{"Four guards died in a raid by suspected cattle rustlers near the dam.",
			"Were cattle rustlers behind the raid, as suspected?", briefing.Claim, "hedge-attributive"},
		{"The ambush was carried out by suspected militiamen.",
			"Were militiamen behind the ambush, as suspected?", briefing.Claim, "hedge-attributive"},
		{"The governor gave a preliminary count of nine villagers missing after the raid.",
			"Is the count of nine villagers missing after the raid final?", briefing.Unknown, "provisional"},
		{"Gunmen had set fire to the customs post before dawn, reports said.",
			"Did gunmen set fire to the customs post before dawn, as reports say?", briefing.Claim, "hearsay"},
		{"Residents said three trucks of soldiers left the barracks overnight.",
			"Did three trucks of soldiers leave the barracks overnight, as residents say?", briefing.Claim, "hearsay"},
		{"The police did not mention in their statement a second blast near the market.",
			"Have the police mentioned a second blast near the market?", briefing.Denial, "silence"},
		{"Two Rwandan soldiers were captured near the lake, according to Congolese officials, but Rwanda rejected those claims.",
			"Were two Rwandan soldiers captured near the lake, as Congolese officials say, and Rwanda rejects?", briefing.Conflict, "denial"},
		{"However, sources said the withdrawal of a few tanks and trucks was seen near the ridge.",
			"Was the withdrawal of a few tanks and trucks seen near the ridge, as sources say?", briefing.Claim, "hearsay"},
		{"A drone crashed near the port. The coast guard, the agency in charge, later identified it as a Shahed-136.",
			"Was the drone a Shahed-136, as the coast guard says?", briefing.Claim, "identification"},
		{"Villagers reported that there was gunfire near the pass.",
			"Was there gunfire near the pass, as villagers say?", briefing.Claim, "hearsay"},
		{"Jets struck the port overnight, targeting fuel depots allegedly storing rockets for the militia.",
			"Did the fuel depots store rockets for the militia, as alleged?", briefing.Claim, "hedge-adverb"},
		{"Port officials said they suspected the freighter is part of a smuggling ring.",
			"Is the freighter part of a smuggling ring, as port officials believe?", briefing.Claim, "claim"},
		{"Georgia has reported casualties among its border guards.",
			"How many casualties were there, as Georgia says?", briefing.Unknown, "uncounted"},
		{"The rebels suffered 40 casualties in the raid.", "", "", ""},
		{"Greece neither confirmed nor denied involvement in the blast at the quay.",
			"Was Greece involved in the blast at the quay, which it neither confirms nor denies?", briefing.Denial, "denial"},
		{"Tbilisi denied any involvement of Georgian militias in the ambush near the pass.",
			"Were Georgian militias involved in the ambush near the pass, which Tbilisi denies?", briefing.Denial, "denial"},
		{"The ministry denied the involvement of foreign advisers, calling the report baseless.",
			"Were foreign advisers involved, which the ministry denies?", briefing.Denial, "denial"},
		{"Residents told reporters that a bridge was damaged, but the army has yet to confirm the claim.",
			"Was a bridge damaged, as residents say, which has yet to be confirmed?", briefing.Claim, "unverified"},
		{"Officials sought to play down the blast at the depot.", "", "", ""},
		{"The raid, which began before dawn on Friday, reportedly involved gunmen on motorcycles.",
			"Did the raid involve gunmen on motorcycles, as reported?", briefing.Claim, "hedge-adverb"},
		{"By morning the gunmen had gone, leaving behind dozens of missing villagers, who were allegedly taken to a forest camp.",
			"Were dozens of missing villagers taken to a forest camp, as alleged?", briefing.Claim, "hedge-adverb"},
		{"The governor said, \"By dawn the gunmen had fled, leaving behind villagers who were allegedly beaten in the camp.\"",
			"Were villagers beaten in the camp, as alleged?", briefing.Claim, "hedge-adverb"},
		{"Police fired at “alleged” looters near the market.", "", "", ""},
		{"Lawyers said the raids could constitute collective punishment.",
			"Do the raids constitute collective punishment, as lawyers say?", briefing.Fact, "modal"},
		{"A video showed a yard where burned vehicles could be seen.", "", "", ""},
		{"Moscow blamed the explosion on Ukrainian special forces, without giving evidence.",
			"Were Ukrainian special forces behind the explosion, as Moscow says, with no evidence offered?", briefing.Claim, "unverified"},
		{"Georgia, which has been at odds with its neighbour since 2008, has blamed the outage on Russian hackers.",
			"Were Russian hackers behind the outage, as Georgia says?", briefing.Claim, "attribution"},
		{"Qatar brokered a local truce between the factions, but the army denied signing it and said that it does not talk to rebels.",
			"Did the army sign the local truce, which it denies?", briefing.Denial, "denial"},
		{"The militia said that it had shelled the port, vowing to keep up its attacks.",
			"Will the militia keep up its attacks?", briefing.Intent, "intent"},
		{"The navy escorted the tankers, aiming to protect shipping in the strait.", "", "", ""},
		{"The blasts fuelled speculation that Israel had struck the depot.",
			"Did Israel strike the depot?", briefing.Claim, "inference"},
		{"The ministry's spokesman issued a statement after talking to the owner, denying that any Greek sailors were aboard the ship.",
			"Were any Greek sailors aboard the ship, which the ministry's spokesman denies?", briefing.Denial, "denial"},
		{"A farmer was killed in shelling by \"suspected rebel fighters\" near the river, police said.",
			"Were rebel fighters behind the shelling, as suspected?", briefing.Claim, "hedge-attributive"},
		{"Another pipeline was damaged in May, with a trawler again suspected of the sabotage.",
			"Was a trawler responsible for the sabotage, as suspected?", briefing.Claim, "hedge-adverb"},
		{"\"We do not rule out the possibility of deliberate acts by the crew,\" the coast guard said.",
			"Are deliberate acts by the crew possible, which the coast guard does not rule out?", briefing.Fact, "pending"},
		{"According to unconfirmed reports, two colonels were detained in the capital.",
			"Were two colonels detained in the capital, as unconfirmed reports say?", briefing.Claim, "unverified"},
		{"Unverified footage appeared to show smoke over the refinery.",
			"Did footage appear to show smoke over the refinery, which is unverified?", briefing.Claim, "unverified"},
		{"It was not immediately clear who fired the mortar at the checkpoint.",
			"Who fired the mortar at the checkpoint?", briefing.Fact, "wh-clause"},
		{"The navy refused to say how many mines were laid in the channel.",
			"How many mines were laid in the channel?", briefing.Fact, "wh-clause"},
		{"The rebels said they had taken the airport, a claim the army denied.",
			"Did the rebels take the airport, as they say, and the army denies?", briefing.Conflict, "denial"},
		{"The militia said it had shot down a helicopter, a claim the air force rejected.",
			"Did the militia shoot down a helicopter, as it says, and the air force rejects?", briefing.Conflict, "denial"},
		{"The ministry said it was assessing reports that a patrol boat had been sunk near the cape.",
			"Was a patrol boat sunk near the cape, as reports say?", briefing.Claim, "reports-of"},
		{"We assess with moderate confidence that the brigade will withdraw from the river line within weeks.",
			"Will the brigade withdraw from the river line within weeks?", briefing.Fact, "inference"},
		{"It is likely that the fleet will keep its submarines in port.",
			"Will the fleet keep its submarines in port?", briefing.Fact, "inference"},
		{"We cannot confirm reports that a second tug was sunk.",
			"Was a second tug sunk, which is not confirmed?", briefing.Claim, "unverified"},
		{"Three fishermen were wounded in a suspected Eritrean strike on the harbour.",
			"Did Eritrea carry out the strike on the harbour, as suspected?", briefing.Claim, "hedge-attributive"},
		{"Strikes attributed to the air force hit a market on Sunday.",
			"Did the air force carry out the strikes, as attributed?", briefing.Claim, "attribution"},
		{"The cabinet has yet to approve the purchase of the new corvettes.",
			"Will the cabinet approve the purchase of the new corvettes?", briefing.Decision, "pending"},
		{"The defence plan is still under review by the parliament.",
			"Will the parliament approve the defence plan?", briefing.Decision, "pending"},
		{"The prime minister vowed to retaliate against any further incursion.",
			"Will the prime minister retaliate against any further incursion?", briefing.Intent, "intent"},
		{"The rebels warned of new attacks on shipping if the blockade continues.",
			"Will there be new attacks on shipping if the blockade continues, as the rebels warn?", briefing.Intent, "intent"},
		{"The drills could signal a new phase of pressure on the island.",
			"Will the drills signal a new phase of pressure on the island?", briefing.Intent, "modal"},
		{"The battalion may have withdrawn from the village before the shelling began.",
			"Did the battalion withdraw from the village before the shelling began?", briefing.Fact, "modal"},
		{"The aircraft carrier remains in port awaiting repairs to its catapult.",
			"When will the aircraft carrier leave port?", briefing.Timing, "pending"},
		{"The two capitals have different interpretations of what the ceasefire covers.",
			"What does the ceasefire cover, on which the two capitals differ?", briefing.Conflict, "dispute"},
		{"The health ministry said 12 people died in the strike. Local officials said at least 30 people were killed.",
			"How many people died: 12, as the health ministry says, or at least 30, as local officials say?", briefing.Conflict, "conflicting-figures"},
		{"The port authority gave no date for the reopening of the terminal.",
			"When will the reopening of the terminal happen?", briefing.Timing, "pending"},
		{"The navy said its divers had cleared the wreck from the channel. Neither account of the salvage could be verified.",
			"Did the divers clear the wreck from the channel, as the navy says, which could not be verified?", briefing.Claim, "unverified"},
		{"The commander has two options: hold the bridgehead, or fall back across the river.",
			"Will the commander hold the bridgehead, or fall back across the river?", briefing.Decision, "pending"},
		{"The ministry did not disclose the location of the new battery.",
			"Where is the new battery?", briefing.Fact, "wh-clause"},
		{"There was no immediate comment from the defence ministry on the report.",
			"Has the defence ministry commented?", briefing.Denial, "silence"},
		{"The militia rejected the claim that it had shelled the market.",
			"Did the militia shell the market, which it rejects?", briefing.Denial, "denial"},
		{"According to the rebels' claims, three helicopters were destroyed on the ground.",
			"Were three helicopters destroyed on the ground, as the rebels claim?", briefing.Claim, "claim"},
		{"The commander is believed to have fled across the river.",
			"Did the commander flee across the river, as is believed?", briefing.Claim, "hedge-adverb"},
		{"Analysts suspect the launch was a test of a new engine.",
			"Was the launch a test of a new engine, as analysts believe?", briefing.Claim, "claim"},
		{"The port has been closed since the strike, and it remains unclear when it will reopen.",
			"When will the port reopen?", briefing.Timing, "wh-clause"},
		{"The spokesman initially said two soldiers were hurt but later raised the figure to five.",
			"Which account holds: the spokesman first said two soldiers were hurt, but later raised the figure to five?", briefing.Conflict, "initially-later"},
		{"The ministry has not said how many interceptors were delivered.",
			"How many interceptors were delivered?", briefing.Fact, "wh-clause"},
		{"The frigate covers a gap left by the old corvettes. But it is unclear whether it can operate in the shallow lagoon.",
			"Can the frigate operate in the shallow lagoon?", briefing.Capability, "whether"},
		{"Officials have hinted that the navy may buy Type 212 submarines from Germany - a deal neither side has confirmed.",
			"Will the navy buy Type 212 submarines from Germany?", briefing.Decision, "modal"},
		{"The ceasefire deal signed in principle in May remains unratified.",
			"Will the ceasefire deal signed in principle in May be ratified?", briefing.Decision, "pending"},
		{"The second round of talks in Geneva, scheduled for 4 March, has been postponed.",
			"When will the second round of talks in Geneva take place?", briefing.Timing, "pending"},
		{"The interior ministry says a plan for demobilising the militias will be put to parliament on Monday.",
			"Will the parliament approve a plan for demobilising the militias, as the interior ministry says?", briefing.Decision, "pending"},
		{"The army says the incident is under review.",
			"What will the review of the incident find, as the army says?", briefing.Decision, "pending"},
		{"We assess that a rebel assault on Goma is likely within days.",
			"Will there be a rebel assault on Goma within days?", briefing.Fact, "pending"},
		{"The tribunal is expected to deliver its verdict on the maritime boundary next spring.",
			"Will the tribunal deliver its verdict on the maritime boundary next spring?", briefing.Timing, "pending"},
		{"The army says it is aware of reports of civilian deaths in the Kharga raid.",
			"Were there civilian deaths in the Kharga raid, as the army says?", briefing.Claim, "reports-of"},
		{"The vessel's owner, a firm registered in Malta, could not be reached for comment.",
			"Has the vessel's owner commented?", briefing.Denial, "silence"},
		{"Senator Ruiz called for an inquiry into why the convoy travelled without escort.",
			"Why did the convoy travel without escort?", briefing.Intent, "wh-clause"},
		{"The presidency said Kenya would raise the matter with the African Union.",
			"Will Kenya raise the matter with the African Union?", briefing.Intent, "intent"},
		{"Rebel commanders said they had shot down a Su-25 jet over the river. The army denied it.",
			"Did rebel commanders shoot down a Su-25 jet over the river, as they say, and the army denies?", briefing.Conflict, "denial"},
		{"The embassy said Beijing had nothing to do with the cable cut.",
			"Did Beijing have anything to do with the cable cut, which the embassy denies?", briefing.Denial, "denial"},
		{"A tracking firm said the freighter had left Murmansk and appeared to belong to a fleet that moves sanctioned grain.",
			"Did the freighter belong to a fleet that moves sanctioned grain, as a tracking firm says?", briefing.Claim, "claim"},
		{"The navy said it had tracked several submarine launches near the cape but gave no number.",
			"How many submarine launches were there, as the navy says?", briefing.Unknown, "unknown-attribute"},
		{"A missile hit a van near Kadugli, killing one man. The army identified him as a rebel logistics chief; his father told reporters he was a baker.",
			"Was the man a rebel logistics chief, as the army says, or a baker, as his father says?", briefing.Conflict, "identification"},
		{"A decision on whether to charge the ship's captain is expected by Friday.",
			"Will the ship's captain be charged?", briefing.Decision, "whether"},
		{"The coast guard has three cutters, one of which has been idle since June while it awaits a new engine.",
			"Is one of the three cutters still awaiting a new engine?", briefing.Timing, "pending"},
		{"The colonel said the attackers were local smugglers but did not rule out the involvement of foreign troops.",
			"Were foreign troops involved, which the colonel does not rule out?", briefing.Fact, "pending"},
		{"The colonel said the gunmen were smugglers. A local website reported that two soldiers had been killed in the clash. The army called the report false.",
			"Were two soldiers killed in the clash, as a local website says, and the army rejects?", briefing.Conflict, "denial"},
		{"The army said more than 80 insurgents were killed. A rebel spokesman said nine of its fighters died. Neither figure can be verified.",
			"How many fighters were killed: more than 80 insurgents, as the army says, or nine fighters, as a rebel spokesman says, which could not be verified?", briefing.Conflict, "conflicting-figures"},
		{"China announced that it would turn the reef into a nature reserve. It has not said how or when it intends to enforce the designation.",
			"How and when does China intend to enforce the designation?", briefing.Intent, "wh-clause"},
		{"The command did not disclose which weapons the Niels Juel, an Iver Huitfeldt-class frigate, had used against the drones.",
			"Which weapons did the Niels Juel use against the drones?", briefing.Fact, "wh-clause"},
		{"It is unclear how much of its missile stock survived a year of air raids.",
			"How much of its missile stock survived a year of air raids?", briefing.Fact, "wh-clause"},
		{"The Houthis said they fired two missiles at the frigate. The Danish command rejected the claim, saying no missile had come near the ship.",
			"Did the Houthis fire two missiles at the frigate, as they say, and the Danish command rejects?", briefing.Conflict, "denial"},
		{"A Pakistani retaliation is likely within days.",
			"Will there be a Pakistani retaliation within days?", briefing.Fact, "pending"},
		{"Renewed fighting between the army and the militia around the town is likely within days.",
			"Will there be renewed fighting between the army and the militia around the town within days?", briefing.Fact, "pending"},
		{"We judge a repeat approach within the next fortnight to be more likely than not.",
			"Will there be a repeat approach within the next fortnight?", briefing.Fact, "pending"},
		{"Another mass-casualty attack within a month is a realistic possibility.",
			"Will there be another mass-casualty attack within a month?", briefing.Fact, "pending"},
		{"The chance of a serious clash between the two navies in the next year is low but rising.",
			"Will there be a serious clash between the two navies in the next year?", briefing.Fact, "pending"},
		{"Several ships logged position jumps consistent with spoofing; who was behind them is unknown.",
			"Who was behind them?", briefing.Unknown, "unknown-attribute"},
		{"The colonel said the force \"will not stand idle\" if the turmoil spreads towards the oil fields.",
			"Will the force stand idle if the turmoil spreads towards the oil fields?", briefing.Intent, "intent"},
		{"The group claims on Telegram to have ambushed an army vehicle near the pass. The army says nothing of the kind happened.",
			"Did the group ambush an army vehicle near the pass, as it claims, and the army denies?", briefing.Conflict, "denial"},
		{"No new date for the ministers' meeting has been announced.",
			"When will the ministers' meeting take place?", briefing.Timing, "pending"},
		{"Greece backs an extension, but the number of Greek ships to be assigned after that date has not yet been set.",
			"How many Greek ships will be assigned after that date?", briefing.Unknown, "unknown-attribute"},
		{"The navy will not speculate on the type of drone until that work is finished.",
			"What type of drone was it?", briefing.Fact, "wh-clause"},
		{"The rebels claimed a roadside bomb attack on an army convoy near the river. The army has said nothing.",
			"Did the rebels carry out a roadside bomb attack on an army convoy near the river, as they claim, and the army has not commented?", briefing.Claim, "silence"},
		{"The joint force of the alliance, billed as 5,000 strong, has yet to deploy; two states have pledged a battalion each.",
			"Will the joint force of the alliance deploy?", briefing.Decision, "pending"},
		{"The fishermen's union says at least 14 vessels were told by radio to leave. The ministry puts the figure at fewer than ten.",
			"How many vessels: at least 14, as the fishermen's union says, or fewer than ten, as the ministry says?", briefing.Conflict, "conflicting-figures"},
		{"Local press reports say a deal for coastal missiles worth about $700 million is close; neither government has confirmed the figure.",
			"Is a deal for coastal missiles worth about $700 million close, as local press reports say, which neither side has confirmed?", briefing.Claim, "unverified"},
		{"Two militants slipped across the line overnight. The dead have not been identified.",
			"Who are the dead?", briefing.Unknown, "unknown-attribute"},
		{"7. ASSESSMENT\nRenewed clashes in the capital are probable within 48 hours.",
			"Will there be renewed clashes in the capital within 48 hours?", briefing.Fact, "pending"},
		{"The minister told the chamber he does not rule out a larger naval presence next year if this pattern continues.",
			"Is a larger naval presence next year possible if this pattern continues, which the minister does not rule out?", briefing.Fact, "pending"},
		{"Navy figures put the number abducted at six. The ship's managers have told the centre that eight of their seafarers are missing.",
			"How many seafarers: eight, as the ship's managers say, or six, as navy figures say?", briefing.Conflict, "conflicting-figures"},
		{"The navy is not in a position at this stage to name the gang responsible or to say where the crew are being held.",
			"Who is the gang responsible?", briefing.Fact, "wh-clause"},
		{"Claims circulating online that a ransom has been demanded are being treated with caution.",
			"Has a ransom been demanded, as claimed, which is treated with caution?", briefing.Claim, "unverified"},
		{"The navy expects a protocol on cross-border pursuit to be tabled at next month's meeting.",
			"Will a protocol on cross-border pursuit be tabled at next month's meeting?", briefing.Timing, "pending"},
		{"Who authorised the strike, and what it was aiming at, are questions the government has left hanging.",
			"Who authorised the strike?", briefing.Unknown, "unknown-attribute"},
		// settled statements: no question
		{"The frigate sailed from the base on Monday and joined the task group.", "", "", ""},
		{"The minister said the exercise would end on Friday.", "", "", ""},
		{"The destroyer can carry ninety missiles.", "", "", ""},
		{"It could take weeks to repair the runway.", "", "", ""},
	}
	for _, c := range cases {
		b := extract.Run([]briefing.Document{{ID: "d1", Text: c.text}})
		if c.want == "" {
			for _, q := range b.Questions {
				t.Errorf("%q: a settled statement raised %q (rule %s)", c.text, q.Text, q.Why.Rule)
			}
			continue
		}
		var got []string
		found := false
		for _, q := range b.Questions {
			got = append(got, q.Text+" ["+q.Why.Rule+"]")
			if q.Text != c.want {
				continue
			}
			found = true
			if q.Kind != c.kind || q.Why.Rule != c.rule {
				t.Errorf("%q: kind %s rule %s, want kind %s rule %s", c.want, q.Kind, q.Why.Rule, c.kind, c.rule)
			}
			if q.Why.Cue == "" || len(q.Evidence) == 0 {
				t.Errorf("%q: no cue or evidence", c.want)
			}
		}
		if !found {
			t.Errorf("%q\n  want %q\n  got  %s", c.text, c.want, strings.Join(got, " | "))
		}
	}
}

// TestQuestionEvidenceOfBothSides: a claim and the denial that answers
// it make one question resting on both sentences.
func TestQuestionEvidenceOfBothSides(t *testing.T) {
	text := "The rebels said they had downed a transport plane. The air force denied the report."
	b := extract.Run([]briefing.Document{{ID: "d1", Text: text}})
	if len(b.Questions) != 1 {
		t.Fatalf("got %d questions, want 1: %+v", len(b.Questions), b.Questions)
	}
	q := b.Questions[0]
	if len(q.Evidence) != 2 {
		t.Fatalf("%q rests on %d spans, want the claim's and the denial's", q.Text, len(q.Evidence))
	}
	for i, want := range []string{"The rebels said", "The air force denied"} {
		if got := text[q.Evidence[i].Start:q.Evidence[i].End]; !strings.HasPrefix(got, want) {
			t.Errorf("evidence %d is %q, want the sentence starting %q", i, got, want)
		}
	}
	if q.Kind != briefing.Conflict {
		t.Errorf("kind %s, want conflict", q.Kind)
	}
}
