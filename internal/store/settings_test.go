package store

import (
	"net/url"
	"testing"
)

// Session settings reach PostgreSQL as URL parameters, which lib/pq sends as run-time parameters; a
// parameter the URL names itself, in any case, keeps the URL's value.
func TestSessionSettingsLeaveTheURLsOwn(t *testing.T) {
	_, _, dsn, err := parse("postgres://u@h:5432/db?sslmode=disable&Random_Page_Cost=2", map[string]string{"random_page_cost": "0.1", "enable_memoize": "off"})
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	for key, want := range map[string]string{"sslmode": "disable", "Random_Page_Cost": "2", "enable_memoize": "off", "timezone": "UTC"} {
		if got := q.Get(key); got != want {
			t.Errorf("%s = %q, want %q (in %s)", key, got, want, dsn)
		}
	}
	if q.Has("random_page_cost") {
		t.Errorf("the URL's Random_Page_Cost was set a second time: %s", dsn)
	}
}
