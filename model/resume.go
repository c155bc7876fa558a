package model

// Resume is one JSON Resume document (schema 1.x). Every field is optional;
// keys the schema does not define are kept in Extra and written back.
type Resume struct {
	Schema       string        `json:"$schema,omitempty"`
	Basics       *Basics       `json:"basics,omitempty"`
	Work         []Work        `json:"work,omitempty"`
	Volunteer    []Volunteer   `json:"volunteer,omitempty"`
	Education    []Education   `json:"education,omitempty"`
	Awards       []Award       `json:"awards,omitempty"`
	Certificates []Certificate `json:"certificates,omitempty"`
	Publications []Publication `json:"publications,omitempty"`
	Skills       []Skill       `json:"skills,omitempty"`
	Languages    []Language    `json:"languages,omitempty"`
	Interests    []Interest    `json:"interests,omitempty"`
	References   []Reference   `json:"references,omitempty"`
	Projects     []Project     `json:"projects,omitempty"`
	Meta         *Meta         `json:"meta,omitempty"`
	Extra        Extra         `json:"-"`
}

// Basics is the person: name, contacts, location and social profiles.
type Basics struct {
	Name     string          `json:"name,omitempty"`
	Label    string          `json:"label,omitempty"`
	Image    string          `json:"image,omitempty"`
	Email    string          `json:"email,omitempty"`
	Phone    string          `json:"phone,omitempty"`
	URL      string          `json:"url,omitempty"`
	Summary  string          `json:"summary,omitempty"`
	Location *Location       `json:"location,omitempty"`
	Profiles []SocialProfile `json:"profiles,omitempty"`
	Extra    Extra           `json:"-"`
}

// Location is where a person lives.
type Location struct {
	Address     string `json:"address,omitempty"`
	PostalCode  string `json:"postalCode,omitempty"`
	City        string `json:"city,omitempty"`
	CountryCode string `json:"countryCode,omitempty"`
	Region      string `json:"region,omitempty"`
	Extra       Extra  `json:"-"`
}

// SocialProfile is an account on a network (GitHub, LinkedIn, a blog…).
type SocialProfile struct {
	Network  string `json:"network,omitempty"`
	Username string `json:"username,omitempty"`
	URL      string `json:"url,omitempty"`
	Extra    Extra  `json:"-"`
}

// Work is one role at one employer. Consecutive entries with the same Name
// form one employer with a progression of roles (see Employers).
type Work struct {
	Name        string   `json:"name,omitempty"`
	Location    string   `json:"location,omitempty"`
	Description string   `json:"description,omitempty"`
	Position    string   `json:"position,omitempty"`
	URL         string   `json:"url,omitempty"`
	StartDate   Date     `json:"startDate,omitzero"`
	EndDate     Date     `json:"endDate,omitzero"`
	Summary     string   `json:"summary,omitempty"`
	Highlights  []string `json:"highlights,omitempty"`
	// Ended marks a role that is over although its end date is unknown
	// (a bio that says "after Google I joined Twitter"). JSON Resume reads
	// a start without an end as ongoing; this extension key says otherwise.
	Ended bool  `json:"x-ended,omitempty"`
	Extra Extra `json:"-"`
}

// Volunteer is unpaid work, shaped like Work with an organization.
type Volunteer struct {
	Organization string   `json:"organization,omitempty"`
	Position     string   `json:"position,omitempty"`
	URL          string   `json:"url,omitempty"`
	StartDate    Date     `json:"startDate,omitzero"`
	EndDate      Date     `json:"endDate,omitzero"`
	Summary      string   `json:"summary,omitempty"`
	Highlights   []string `json:"highlights,omitempty"`
	Extra        Extra    `json:"-"`
}

// Education is a course of study at an institution.
type Education struct {
	Institution string   `json:"institution,omitempty"`
	URL         string   `json:"url,omitempty"`
	Area        string   `json:"area,omitempty"`
	StudyType   string   `json:"studyType,omitempty"`
	StartDate   Date     `json:"startDate,omitzero"`
	EndDate     Date     `json:"endDate,omitzero"`
	Score       string   `json:"score,omitempty"`
	Courses     []string `json:"courses,omitempty"`
	Extra       Extra    `json:"-"`
}

// Award is a prize or honour.
type Award struct {
	Title   string `json:"title,omitempty"`
	Date    Date   `json:"date,omitzero"`
	Awarder string `json:"awarder,omitempty"`
	Summary string `json:"summary,omitempty"`
	Extra   Extra  `json:"-"`
}

// Certificate is a certification, with its issuer and (in Extra, when the
// profile has one) its credential ID.
type Certificate struct {
	Name   string `json:"name,omitempty"`
	Date   Date   `json:"date,omitzero"`
	URL    string `json:"url,omitempty"`
	Issuer string `json:"issuer,omitempty"`
	Extra  Extra  `json:"-"`
}

// Publication is an article, post, paper or talk written down.
type Publication struct {
	Name        string `json:"name,omitempty"`
	Publisher   string `json:"publisher,omitempty"`
	ReleaseDate Date   `json:"releaseDate,omitzero"`
	URL         string `json:"url,omitempty"`
	Summary     string `json:"summary,omitempty"`
	Extra       Extra  `json:"-"`
}

// Skill is a group of skills as the person lists them.
type Skill struct {
	Name     string   `json:"name,omitempty"`
	Level    string   `json:"level,omitempty"`
	Keywords []string `json:"keywords,omitempty"`
	Extra    Extra    `json:"-"`
}

// Language is a spoken language and how well it is spoken.
type Language struct {
	Language string `json:"language,omitempty"`
	Fluency  string `json:"fluency,omitempty"`
	Extra    Extra  `json:"-"`
}

// Interest is a topic the person cares about.
type Interest struct {
	Name     string   `json:"name,omitempty"`
	Keywords []string `json:"keywords,omitempty"`
	Extra    Extra    `json:"-"`
}

// Reference is a recommendation from someone.
type Reference struct {
	Name      string `json:"name,omitempty"`
	Reference string `json:"reference,omitempty"`
	Extra     Extra  `json:"-"`
}

// Project is a piece of work outside (or alongside) a role: open source,
// a side project, a talk series.
type Project struct {
	Name        string   `json:"name,omitempty"`
	Description string   `json:"description,omitempty"`
	Highlights  []string `json:"highlights,omitempty"`
	Keywords    []string `json:"keywords,omitempty"`
	StartDate   Date     `json:"startDate,omitzero"`
	EndDate     Date     `json:"endDate,omitzero"`
	URL         string   `json:"url,omitempty"`
	Roles       []string `json:"roles,omitempty"`
	Entity      string   `json:"entity,omitempty"`
	Type        string   `json:"type,omitempty"`
	Extra       Extra    `json:"-"`
}

// Meta describes the document itself: where it came from, its version,
// and (vitae's convention) the inferences made when it was written.
type Meta struct {
	Canonical    string `json:"canonical,omitempty"`
	Version      string `json:"version,omitempty"`
	LastModified string `json:"lastModified,omitempty"`
	Extra        Extra  `json:"-"`
}
