package briefing

import "strings"

// ActorKind classifies an actor.
type ActorKind string

const (
	Person       ActorKind = "person"
	Organization ActorKind = "organization"
	State        ActorKind = "state"
	Group        ActorKind = "group"
)

// ActorKinds lists the kinds in display order.
var ActorKinds = []ActorKind{Person, Organization, State, Group}

// Actor is a person, organisation, state or group the reporting names.
type Actor struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Kind        ActorKind `json:"kind"`
	Title       string    `json:"title,omitempty"`
	Role        string    `json:"role,omitempty"`
	Affiliation string    `json:"affiliation,omitempty"`
	Aliases     []string  `json:"aliases,omitempty"`
	Origin      Origin    `json:"origin"`
	// Why says which rule found the actor, for extracted actors.
	Why      Why    `json:"why,omitzero"`
	Mentions []Span `json:"mentions"`
	// Sources: the documents and distinct sources reporting the actor.
	Sources *Sources `json:"sources,omitempty"`
}

// Description says what the actor is in a few words: its title, role and
// affiliation, leaving out a title or affiliation the role already says
// ("President" beside "President of Finland").
func (a Actor) Description() []string {
	role := foldWords(a.Role)
	said := func(part string) bool { return part == "" || role != "" && strings.Contains(role, foldWords(part)) }
	var out []string
	if !said(a.Title) {
		out = append(out, a.Title)
	}
	if a.Role != "" {
		out = append(out, a.Role)
	}
	if !said(a.Affiliation) {
		out = append(out, a.Affiliation)
	}
	return out
}

// foldWords lower-cases s and reads hyphens as spaces, so that
// "Secretary-General" is found in "Secretary General of NATO".
func foldWords(s string) string { return strings.ToLower(strings.ReplaceAll(s, "-", " ")) }

// Domain is where an asset operates.
type Domain string

const (
	Air           Domain = "air"
	Sea           Domain = "sea"
	Land          Domain = "land"
	Space         Domain = "space"
	Cyber         Domain = "cyber"
	UnknownDomain Domain = "unknown"
)

// Domains lists the domains in display order.
var Domains = []Domain{Air, Sea, Land, Space, Cyber, UnknownDomain}

// Status is what the reporting says is happening to an asset.
type Status string

const (
	Deployed      Status = "deployed"
	EnRoute       Status = "en-route"
	Ordered       Status = "ordered"
	Planned       Status = "planned"
	Reported      Status = "reported"
	Withdrawn     Status = "withdrawn"
	Damaged       Status = "damaged"
	Destroyed     Status = "destroyed"
	UnknownStatus Status = "unknown"
)

// Statuses lists every status.
var Statuses = []Status{Deployed, EnRoute, Ordered, Planned, Reported, Withdrawn, Damaged, Destroyed, UnknownStatus}

// Asset is one entry of the order of battle: a ship, aircraft type,
// weapon system, unit or generic class of platform in play.
type Asset struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Category string   `json:"category,omitempty"`
	Domain   Domain   `json:"domain,omitempty"`
	Side     string   `json:"side,omitempty"`
	Quantity string   `json:"quantity,omitempty"`
	Status   Status   `json:"status,omitempty"`
	Location string   `json:"location,omitempty"`
	// Parent is the id of the asset this one belongs to (a destroyer within
	// a carrier strike group).
	Parent string `json:"parent,omitempty"`
	Origin Origin `json:"origin"`
	// Why says which rule found the asset, for extracted assets.
	Why      Why    `json:"why,omitzero"`
	Mentions []Span `json:"mentions"`
	// Reports: what each document says of the asset's attributes.
	Reports []Report `json:"reports,omitempty"`
	// Sources: the documents and distinct sources reporting the asset.
	Sources *Sources `json:"sources,omitempty"`
}

// QuestionKind classifies an open question.
type QuestionKind string

const (
	Decision   QuestionKind = "decision"
	Timing     QuestionKind = "timing"
	Intent     QuestionKind = "intent"
	Capability QuestionKind = "capability"
	Fact       QuestionKind = "fact"
	// Claim: something one party asserts that nobody has verified.
	Claim QuestionKind = "claim"
	// Denial: a claim one party denies, or on which it stays silent.
	Denial QuestionKind = "denial"
	// Conflict: sources that contradict each other.
	Conflict QuestionKind = "conflict"
	// Unknown: something the reporting says is not known.
	Unknown QuestionKind = "unknown"
)

// QuestionKinds lists every kind.
var QuestionKinds = []QuestionKind{Decision, Timing, Intent, Capability, Fact, Claim, Denial, Conflict, Unknown}

// Question is something the reporting leaves open, phrased as a question.
type Question struct {
	ID   string       `json:"id"`
	Text string       `json:"text"`
	Kind QuestionKind `json:"kind,omitempty"`
	// Cue is the word or phrase that raised the question ("whether").
	Cue string `json:"cue,omitempty"`
	// Actors and Assets hold the ids of linked items.
	Actors []string `json:"actors,omitempty"`
	Assets []string `json:"assets,omitempty"`
	Origin Origin   `json:"origin"`
	// Why says which wording rule phrased the question and which cue
	// raised it, for extracted questions.
	Why      Why    `json:"why,omitzero"`
	Evidence []Span `json:"evidence"`
	// Sources: the documents and distinct sources raising the question.
	Sources *Sources `json:"sources,omitempty"`
}

// Why explains an extracted item: the rule of the pipeline that found
// it and the words (the cue) it keyed on, so an analyst can judge it.
type Why struct {
	// Rule names the rule, e.g. "hull-number", "hedge/claim".
	Rule string `json:"rule"`
	// Cue is the word or phrase of the text the rule keyed on.
	Cue string `json:"cue,omitempty"`
}

// IsZero reports an item with no explanation (curated or imported).
func (w Why) IsZero() bool { return w.Rule == "" && w.Cue == "" }
