package career

import "fmt"

// CheckQuota checks the quota (formasi) of a post against the number of employees who hold it now: a
// post has at least one seat, and a quota cut below its holders would leave people in seats that do
// not exist; they are moved first.
func CheckQuota(quota, holders int) error {
	switch {
	case quota < 1:
		return &FieldError{Field: "quota", Message: "kuota jabatan minimal 1"}
	case quota < holders:
		return &FieldError{Field: "quota", Message: fmt.Sprintf("kuota tidak boleh kurang dari jumlah pemangku jabatan saat ini (%d orang)", holders)}
	}
	return nil
}
