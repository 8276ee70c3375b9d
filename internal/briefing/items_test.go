package briefing

import (
	"slices"
	"testing"
)

func TestActorDescription(t *testing.T) {
	cases := []struct {
		actor Actor
		want  []string
	}{
		{Actor{Title: "President", Role: "President of Finland", Affiliation: "Finland"}, []string{"President of Finland"}},
		{Actor{Title: "Secretary-General", Role: "Secretary General of NATO", Affiliation: "NATO"}, []string{"Secretary General of NATO"}},
		{Actor{Title: "Admiral", Role: "Commander, U.S. Central Command", Affiliation: "United States"}, []string{"Admiral", "Commander, U.S. Central Command", "United States"}},
		{Actor{Title: "General", Affiliation: "Pakistan"}, []string{"General", "Pakistan"}},
		{Actor{Role: "army chief"}, []string{"army chief"}},
		{Actor{}, nil},
	}
	for _, c := range cases {
		if got := c.actor.Description(); !slices.Equal(got, c.want) {
			t.Errorf("%+v: Description() = %q, want %q", c.actor, got, c.want)
		}
	}
}
