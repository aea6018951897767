package career

// The labels are Indonesian because they are what civil servants read on their SKP and decrees; the
// enum values stay in the form GraphQL allows. An unknown value has an empty label, so that a screen
// shows a blank rather than a made-up word.

var predikatLabels = map[Predikat]string{
	PredikatSangatBaik:     "Sangat Baik",
	PredikatBaik:           "Baik",
	PredikatButuhPerbaikan: "Butuh Perbaikan",
	PredikatKurang:         "Kurang",
	PredikatSangatKurang:   "Sangat Kurang",
}

var positionKindLabels = map[PositionKind]string{
	KindJPTUtama:      "JPT Utama",
	KindJPTMadya:      "JPT Madya",
	KindJPTPratama:    "JPT Pratama",
	KindAdministrator: "Administrator",
	KindPengawas:      "Pengawas",
	KindPelaksana:     "Pelaksana",
	KindFungsional:    "Fungsional",
}

var functionalLevelLabels = map[FunctionalLevel]string{
	LevelAhliPertama: "Ahli Pertama",
	LevelAhliMuda:    "Ahli Muda",
	LevelAhliMadya:   "Ahli Madya",
	LevelAhliUtama:   "Ahli Utama",
	LevelPemula:      "Pemula",
	LevelTerampil:    "Terampil",
	LevelMahir:       "Mahir",
	LevelPenyelia:    "Penyelia",
}

// Label is the predikat as the SKP writes it, such as "Sangat Baik".
func (p Predikat) Label() string { return predikatLabels[p] }

// Label is the kind of post as decrees write it, such as "JPT Pratama".
func (k PositionKind) Label() string { return positionKindLabels[k] }

// Label is the functional level as decrees write it, such as "Ahli Muda".
func (l FunctionalLevel) Label() string { return functionalLevelLabels[l] }

var genderLabels = map[Gender]string{GenderMale: "Laki-laki", GenderFemale: "Perempuan"}

// Label is the gender as Indonesian forms write it.
func (g Gender) Label() string { return genderLabels[g] }
