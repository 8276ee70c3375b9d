package extract_test

import (
	"testing"
)

// TestQuestionWordingSettled: settled statements raise no question.
func TestQuestionWordingSettled(t *testing.T) {
	cases := []wordingCase{
		{"The convoy took the likely route along the river.", "", "", ""},
		{"The strike likely refers to the raid on the depot.", "", "", ""},
		{"The rebels suffered 40 casualties in the raid.", "", "", ""},
		{"Officials sought to play down the blast at the depot.", "", "", ""},
		{"Police fired at “alleged” looters near the market.", "", "", ""},
		{"A video showed a yard where burned vehicles could be seen.", "", "", ""},
		{"The navy escorted the tankers, aiming to protect shipping in the strait.", "", "", ""},
		{"Police said no one was hurt in the fire at the warehouse.", "", "", ""},
		{"The group has not claimed the bombing of the pipeline.", "", "", ""},
		{"The colonel said he had no doubt the convoy would arrive.", "", "", ""},
		{"The army said it retook the bridge on Monday, but the rebels said their commander had toured the valley.", "", "", ""},
		{"The battalion left the ridge on Monday. Its purpose there was never clear.", "", "", ""},
		{"The navy warned that the coast guard says is short of crews.", "", "", ""},
		{"The patrol boats switched on their transponders in a bid to intimidate, officials said.", "", "", ""},
		{"A date has been announced for the talks.", "", "", ""},
		{"Hackers stole files from the yard, including secret plans to build a faster torpedo, officials said.", "", "", ""},
		{"\"We are determined to send a clear signal to the gangs,\" the minister said.", "", "", ""},
		{"\"They are believed to be former fighters who want to disrupt the vote,\" the governor said.", "", "", ""},
		{"The ministry spoke of the risk of losing the port.", "", "", ""},
		{"The talks would be held in Geneva.", "", "", ""},
		{"A large number of troops took part in the parade.", "", "", ""},
		{"The rebels requested a meeting.", "", "", ""},
		{"The drills follow reported raids on border villages by foreign troops.", "", "", ""},
		{"The crew reported fires at the forepeak.", "", "", ""},
		{"The escort will continue when the ships leave port, which is expected to be next week.", "", "", ""},
		{"Fishermen were hurt near the islands, a region fraught with territorial disputes.", "", "", ""},
		{"The general will see the minister on Monday.", "", "", ""},
		{"Analysts estimate that to be 40.", "", "", ""},
		{"The mayor condemned the attack on the market.", "", "", ""},
		{"The army confirmed that two soldiers were killed.", "", "", ""},
		{"The mission is to train them.", "", "", ""},
		{"The army said its units had killed 12 rebels in the valley this month. A spokesman said three rebels were killed on March 4.", "", "", ""},
		{"The admiral said he had no intention to step down.", "", "", ""},
		{"The minister said the drills would be held on Friday.", "", "", ""},
		{"Drills set to begin on Monday were cancelled after the storm.",
			"", "", ""},
		{"The crossing was closed due to heavy snow.", "", "", ""},
		{"The rebels tried to storm the post and were driven back.", "", "", ""},
		// settled statements: no question
		{"The frigate sailed from the base on Monday and joined the task group.", "", "", ""},
		{"The fighting ended on Friday when the rebels withdrew.", "", "", ""},
		{"More than a third of the frontier remains disputed.", "", "", ""},
		{"A statement said the two services were holding talks. More than a third of the frontier remains disputed.", "", "", ""},
		{"Fighting in the valley last year left at least 55 dead, more than 250 injured and at least 40,000 residents displaced. The guards said three people were also injured.", "", "", ""},
		{"The minister said the exercise would end on Friday.", "", "", ""},
		{"The destroyer can carry ninety missiles.", "", "", ""},
		{"It could take weeks to repair the runway.", "", "", ""},
		// claims the writer calls false
		{"Analysts dismissed the ministry's bogus claims that foreign advisers planned the raid.", "", "", ""},
		// a kind of people, not anyone in particular
		{"We will keep hunting smugglers who seek to move weapons across the gulf, the admiral said.", "", "", ""},
	}
	checkWording(t, cases)
}
