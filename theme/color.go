package theme

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	hexColorRe  = regexp.MustCompile(`^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$`)
	funcColorRe = regexp.MustCompile(`^(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\([^;{}<>]*\)$`)
)

// namedColors are the colour keywords of CSS Color 4.
var namedColors = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`transparent currentcolor aliceblue antiquewhite aqua aquamarine azure
		beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate
		coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen
		darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon
		darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink
		deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro
		ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory
		khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
		lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
		lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
		magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
		mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
		mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
		palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
		powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen
		seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal
		thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`) {
		m[n] = true
	}
	return m
}()

// checkColor accepts a CSS colour: a hex colour (#rgb, #rgba, #rrggbb, #rrggbbaa), a
// colour function (rgb(), hsl(), oklch(), color-mix()...) or a colour keyword.
func checkColor(v string) error {
	s := strings.TrimSpace(v)
	switch {
	case s == "":
		return fmt.Errorf("no colour given")
	case strings.HasPrefix(s, "#"):
		if !hexColorRe.MatchString(s) {
			return fmt.Errorf("%q is not a CSS colour: a hex colour has 3, 4, 6 or 8 hex digits after #", v)
		}
	case strings.Contains(s, "("):
		if !funcColorRe.MatchString(strings.ToLower(s)) {
			return fmt.Errorf("%q is not a CSS colour: use rgb(), hsl(), oklch() or another colour function", v)
		}
		return checkValue(s)
	case !namedColors[strings.ToLower(s)]:
		return fmt.Errorf("%q is not a CSS colour (a hex colour such as #f97316, a function such as rgb(249 115 22), or a name such as white)", v)
	}
	return nil
}
