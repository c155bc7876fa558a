package model

// Each type below round-trips through an alias type without methods, so
// that encoding/json does the field work and Extra keeps the unknown keys.

type (
	resumeAlias        Resume
	basicsAlias        Basics
	locationAlias      Location
	socialProfileAlias SocialProfile
	workAlias          Work
	volunteerAlias     Volunteer
	educationAlias     Education
	awardAlias         Award
	certificateAlias   Certificate
	publicationAlias   Publication
	skillAlias         Skill
	languageAlias      Language
	interestAlias      Interest
	referenceAlias     Reference
	projectAlias       Project
	metaAlias          Meta
)

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Resume) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*resumeAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Resume) MarshalJSON() ([]byte, error) { return encodeObject(resumeAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Basics) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*basicsAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Basics) MarshalJSON() ([]byte, error) { return encodeObject(basicsAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Location) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*locationAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Location) MarshalJSON() ([]byte, error) { return encodeObject(locationAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *SocialProfile) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*socialProfileAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v SocialProfile) MarshalJSON() ([]byte, error) {
	return encodeObject(socialProfileAlias(v), v.Extra)
}

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Work) UnmarshalJSON(b []byte) error { return decodeObject(b, (*workAlias)(v), &v.Extra) }

// MarshalJSON writes the modelled keys, then Extra.
func (v Work) MarshalJSON() ([]byte, error) { return encodeObject(workAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Volunteer) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*volunteerAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Volunteer) MarshalJSON() ([]byte, error) { return encodeObject(volunteerAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Education) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*educationAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Education) MarshalJSON() ([]byte, error) { return encodeObject(educationAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Award) UnmarshalJSON(b []byte) error { return decodeObject(b, (*awardAlias)(v), &v.Extra) }

// MarshalJSON writes the modelled keys, then Extra.
func (v Award) MarshalJSON() ([]byte, error) { return encodeObject(awardAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Certificate) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*certificateAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Certificate) MarshalJSON() ([]byte, error) {
	return encodeObject(certificateAlias(v), v.Extra)
}

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Publication) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*publicationAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Publication) MarshalJSON() ([]byte, error) {
	return encodeObject(publicationAlias(v), v.Extra)
}

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Skill) UnmarshalJSON(b []byte) error { return decodeObject(b, (*skillAlias)(v), &v.Extra) }

// MarshalJSON writes the modelled keys, then Extra.
func (v Skill) MarshalJSON() ([]byte, error) { return encodeObject(skillAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Language) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*languageAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Language) MarshalJSON() ([]byte, error) { return encodeObject(languageAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Interest) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*interestAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Interest) MarshalJSON() ([]byte, error) { return encodeObject(interestAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Reference) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*referenceAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Reference) MarshalJSON() ([]byte, error) { return encodeObject(referenceAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Project) UnmarshalJSON(b []byte) error {
	return decodeObject(b, (*projectAlias)(v), &v.Extra)
}

// MarshalJSON writes the modelled keys, then Extra.
func (v Project) MarshalJSON() ([]byte, error) { return encodeObject(projectAlias(v), v.Extra) }

// UnmarshalJSON keeps unknown keys in Extra.
func (v *Meta) UnmarshalJSON(b []byte) error { return decodeObject(b, (*metaAlias)(v), &v.Extra) }

// MarshalJSON writes the modelled keys, then Extra.
func (v Meta) MarshalJSON() ([]byte, error) { return encodeObject(metaAlias(v), v.Extra) }
