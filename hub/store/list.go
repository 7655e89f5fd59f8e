package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Trending weighs a like from the last trendWindow trendWeight times an older one.
const (
	trendWindow = 7 * 24 * time.Hour
	trendWeight = 4
)

// Apps lists apps as AppQuery describes. Listings leave Thumbnail empty, as a page
// of them would otherwise carry every PNG; App and AppByID have it.
func (s *db) Apps(ctx context.Context, q AppQuery) ([]App, error) {
	var where []string
	var args []any
	switch {
	case q.Listed || q.Viewer == 0:
		where = append(where, `a.visibility = 'public'`)
	default:
		where = append(where, `(a.visibility = 'public' OR a.owner_id = ?
			OR EXISTS (SELECT 1 FROM collaborators c WHERE c.app_id = a.id AND c.user_id = ?))`)
		args = append(args, q.Viewer, q.Viewer)
	}
	if q.Owner != "" {
		where = append(where, `u.name = ?`)
		args = append(args, q.Owner)
	}
	if tag := strings.ToLower(strings.TrimSpace(q.Tag)); tag != "" {
		where = append(where, `EXISTS (SELECT 1 FROM app_tags t WHERE t.app_id = a.id AND t.tag = ?)`)
		args = append(args, tag)
	}
	// The search column is lower case already, so lowering the words here makes
	// the match case-insensitive the same way on both backends, Unicode included.
	for _, w := range strings.Fields(strings.ToLower(q.Search)) {
		where = append(where, `a.search LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(w)+"%")
	}

	var order string
	switch q.Sort {
	case SortTrending, "":
		order = fmt.Sprintf(`(SELECT COUNT(*) + %d * COUNT(CASE WHEN l.created >= ? THEN 1 END)
			FROM likes l WHERE l.app_id = a.id) DESC`, trendWeight-1)
		args = append(args, micros(s.now().Add(-trendWindow)))
	case SortNew:
		order = `a.created DESC`
	case SortLikes:
		order = likesExpr + ` DESC`
	default:
		return nil, fmt.Errorf("store: unknown sort %q", q.Sort)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	args = append(args, min(limit, 200), max(q.Offset, 0))

	rows, err := s.rd.QueryContext(ctx, s.d.rebind(`SELECT `+listCols+appFrom+`
		WHERE `+strings.Join(where, ` AND `)+`
		ORDER BY `+order+`, a.created DESC, a.id DESC LIMIT ? OFFSET ?`), args...)
	if err != nil {
		return nil, err
	}
	var apps []App
	for rows.Next() {
		a, err := scanApp(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		apps = append(apps, *a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return apps, s.fillTags(ctx, apps)
}

// escapeLike makes % and _ (and the escape character itself) match literally.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
