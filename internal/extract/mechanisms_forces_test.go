package extract_test

import (
	"testing"
)

// TestForcesNamedBySideOrCount: men under arms named by the state or
// international body they serve, or counted where a state puts them in
// play, are an asset of that side; counted dead, and an armed group's
// own fighters, are not.
func TestForcesNamedBySideOrCount(t *testing.T) {
	cases := []struct{ text, asset, side string }{
		{"Kenya flew a contingent to the capital. The Kenyan contingent now guards the airport.", "Kenyan contingent", "Kenya"},
		{"NATO forces patrolled the corridor near the border with Serbia on Monday.", "NATO forces", "NATO"},
		{"Chad has deployed hundreds of troops to the lake region to fight the insurgents.", "hundreds of troops", "Chad"},
		{"Peru will send an additional 1,500 soldiers to the border province, the minister said.", "1,500 soldiers", "Peru"},
	}
	for _, c := range cases {
		b := run(c.text)
		a, ok := findAsset(b, c.asset)
		if !ok || a.Side != c.side {
			t.Errorf("%q: asset %q side %q, want side %q (assets %v)", c.text, c.asset, a.Side, c.side, assetNames(b.Assets))
		}
	}
	b := run("Fifty soldiers were killed in an attack on the base in northern Mali on Monday.")
	refuseAssets(t, b, "are the dead, not a force in play", "Fifty soldiers", "soldiers")
	b = run("Hamas fighters attacked the crossing near Gaza.")
	refuseAssets(t, b, "are the group itself", "Hamas fighters")
}
