package seed

import (
	"strings"

	"github.com/jenjang/jenjang/internal/career"
)

// Given and family names common in Jambi (Malay, Minang, Kerinci), Java, Batak and across Indonesia.
var (
	maleNames = []string{
		"Ahmad", "Muhammad", "Rahmat", "Hendra", "Fauzi", "Syahrial", "Zulkifli", "Herman", "Yusuf", "Ridwan",
		"Arif", "Budi", "Dedi", "Eko", "Fajar", "Gunawan", "Hasan", "Irwan", "Joko", "Kurniawan", "Lukman",
		"Mahmud", "Nasrul", "Rizal", "Syafrizal", "Taufik", "Usman", "Wahyu", "Yudi", "Zainal", "Agus", "Bambang",
		"Darmawan", "Effendi", "Firdaus", "Hamdani", "Iskandar", "Jufri", "Masri", "Rudi", "Sahrul", "Teguh",
	}
	femaleNames = []string{
		"Siti", "Nurhayati", "Rahmawati", "Yulianti", "Fitri", "Dewi", "Sri", "Ratna", "Wulandari", "Lestari",
		"Aminah", "Desi", "Erni", "Farida", "Hartini", "Indah", "Juliana", "Kartini", "Lina", "Maya", "Nurul",
		"Putri", "Rina", "Susanti", "Titin", "Umi", "Vivi", "Widya", "Yusnani", "Zuraida", "Anisa", "Eliza",
		"Halimah", "Irma", "Marlina", "Novita", "Rosmaini", "Suryani", "Yenni", "Zahara",
	}
	familyNames = []string{
		"Siregar", "Nasution", "Lubis", "Harahap", "Hasibuan", "Sinaga", "Simanjuntak", "Saputra", "Putra", "Pratama",
		"Hidayat", "Setiawan", "Wijaya", "Kurniawati", "Syahputra", "Rahman", "Hakim", "Fitriani", "Susilo",
		"Santoso", "Hamzah", "Ismail", "Anwar", "Yusran", "Marzuki", "Zakaria", "Ramadhan", "Kusuma", "Nugroho",
		"Permata", "Mardiana", "Safitri", "Handayani", "Situmorang", "Damanik", "Tanjung", "Chaniago", "Piliang",
	}
)

// fullName puts a name together with the titles the person's education and post would carry.
func (g *generator) fullName(gender career.Gender, edu career.Education, title string) string {
	given := pick(g, maleNames)
	if gender == career.GenderFemale {
		given = pick(g, femaleNames)
	}
	name := given + " " + pick(g, familyNames)
	prefix, suffix := "", academicTitle(g, edu, title)
	if strings.HasPrefix(title, "Dokter") {
		prefix, suffix = "dr. ", ""
	}
	if suffix != "" {
		name += ", " + suffix
	}
	return prefix + name
}

func academicTitle(g *generator, edu career.Education, title string) string {
	switch edu {
	case career.EducationD3:
		if strings.Contains(title, "Perawat") {
			return "A.Md.Kep."
		}
		if strings.Contains(title, "Bidan") {
			return "A.Md.Keb."
		}
		return "A.Md."
	case career.EducationS1, career.EducationD4:
		if strings.Contains(title, "Guru") {
			return "S.Pd."
		}
		return pick(g, []string{"S.E.", "S.H.", "S.Sos.", "S.Kom.", "S.T.", "S.AP."})
	case career.EducationS2:
		if strings.Contains(title, "Guru") || strings.Contains(title, "Pengawas Sekolah") {
			return "S.Pd., M.Pd."
		}
		return pick(g, []string{"S.E., M.M.", "S.H., M.H.", "S.Sos., M.Si.", "S.T., M.T.", "S.STP., M.Si."})
	case career.EducationS3:
		return "M.Si."
	}
	return ""
}
