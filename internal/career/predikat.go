package career

// predikatMatrix is the table of PermenPANRB 6/2022: work result first, then work behaviour.
var predikatMatrix = map[Rating]map[Rating]Predikat{
	RatingAbove: {RatingAbove: PredikatSangatBaik, RatingMeets: PredikatBaik, RatingBelow: PredikatKurang},
	RatingMeets: {RatingAbove: PredikatBaik, RatingMeets: PredikatBaik, RatingBelow: PredikatKurang},
	RatingBelow: {
		RatingAbove: PredikatButuhPerbaikan, RatingMeets: PredikatButuhPerbaikan, RatingBelow: PredikatSangatKurang,
	},
}

// PredikatFor derives the predikat from the two SKP ratings, because the regulation does not let an
// assessor choose it: behaviour below expectation counts as misconduct and caps the predikat at KURANG
// however good the result, and a result below expectation cannot be better than BUTUH_PERBAIKAN.
// It reports false when either rating is not on the scale, so that a missing rating is never read as a
// predikat.
func PredikatFor(workResult, workBehavior Rating) (Predikat, bool) {
	p, ok := predikatMatrix[workResult][workBehavior]
	return p, ok
}
