package career

// RequiredJP is the lesson hours (JP) of competency development every PNS has a right to each year
// (PP 11/2017 art. 203(4) as amended by PP 17/2020).
const RequiredJP = 20

// MaxPPPKJP is the most lesson hours of development a PPPK gets a year (PP 49/2018 art. 40).
const MaxPPPKJP = 24

// JPCompliance is where an employee stands against the yearly development right.
type JPCompliance struct {
	// Applies is false for PPPK: their rule is a ceiling, not a right to a minimum.
	Applies bool
	Met     bool
	// Short is how many JP are still missing (0 when met or not applicable).
	Short int
}

// TrainingCompliance checks the JP completed in a year against the 20 JP right of a PNS.
func TrainingCompliance(jp int, employment EmploymentType) JPCompliance {
	if employment != EmploymentPNS {
		return JPCompliance{}
	}
	if jp >= RequiredJP {
		return JPCompliance{Applies: true, Met: true}
	}
	return JPCompliance{Applies: true, Short: RequiredJP - max(jp, 0)}
}
