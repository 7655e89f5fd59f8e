package theme

// A Hue is a colour ramp of eleven shades, from the lightest (50) to the darkest (950),
// in the order 50, 100, 200, ..., 900, 950. A theme derives every colour it uses from
// three hues, so that changing one hue recolours the whole app consistently. Shades are
// CSS colours ("#fff7ed", "rgb(255 247 237)", "white"); the zero Hue means "the
// theme's default".
type Hue [11]string

// shadeNames are the suffixes of a hue's variables: --primary-50 ... --primary-950.
var shadeNames = [11]string{"50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"}

// The hues Gradio offers, with the same shades, so that a theme ported from Python keeps
// its colours.
var (
	Slate   = Hue{"#f8fafc", "#f1f5f9", "#e2e8f0", "#cbd5e1", "#94a3b8", "#64748b", "#475569", "#334155", "#1e293b", "#0f172a", "#0a0f1e"}
	Gray    = Hue{"#f9fafb", "#f3f4f6", "#e5e7eb", "#d1d5db", "#9ca3af", "#6b7280", "#4b5563", "#374151", "#1f2937", "#111827", "#0b0f19"}
	Zinc    = Hue{"#fafafa", "#f4f4f5", "#e4e4e7", "#d4d4d8", "#a1a1aa", "#71717a", "#52525b", "#3f3f46", "#27272a", "#18181b", "#0f0f11"}
	Neutral = Hue{"#fafafa", "#f5f5f5", "#e5e5e5", "#d4d4d4", "#a3a3a3", "#737373", "#525252", "#404040", "#262626", "#171717", "#0f0f0f"}
	Stone   = Hue{"#fafaf9", "#f5f5f4", "#e7e5e4", "#d6d3d1", "#a8a29e", "#78716c", "#57534e", "#44403c", "#292524", "#1c1917", "#0f0e0d"}
	Red     = Hue{"#fef2f2", "#fee2e2", "#fecaca", "#fca5a5", "#f87171", "#ef4444", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d", "#6c1e1e"}
	Orange  = Hue{"#fff7ed", "#ffedd5", "#fed7aa", "#fdba74", "#fb923c", "#f97316", "#ea580c", "#c2410c", "#9a3412", "#7c2d12", "#6c2e12"}
	Amber   = Hue{"#fffbeb", "#fef3c7", "#fde68a", "#fcd34d", "#fbbf24", "#f59e0b", "#d97706", "#b45309", "#92400e", "#78350f", "#6c370f"}
	Yellow  = Hue{"#fefce8", "#fef9c3", "#fef08a", "#fde047", "#facc15", "#eab308", "#ca8a04", "#a16207", "#854d0e", "#713f12", "#653b12"}
	Lime    = Hue{"#f7fee7", "#ecfccb", "#d9f99d", "#bef264", "#a3e635", "#84cc16", "#65a30d", "#4d7c0f", "#3f6212", "#365314", "#2f4e14"}
	Green   = Hue{"#f0fdf4", "#dcfce7", "#bbf7d0", "#86efac", "#4ade80", "#22c55e", "#16a34a", "#15803d", "#166534", "#14532d", "#134e28"}
	Emerald = Hue{"#ecfdf5", "#d1fae5", "#a7f3d0", "#6ee7b7", "#34d399", "#10b981", "#059669", "#047857", "#065f46", "#064e3b", "#054436"}
	Teal    = Hue{"#f0fdfa", "#ccfbf1", "#99f6e4", "#5eead4", "#2dd4bf", "#14b8a6", "#0d9488", "#0f766e", "#115e59", "#134e4a", "#12443e"}
	Cyan    = Hue{"#ecfeff", "#cffafe", "#a5f3fc", "#67e8f9", "#22d3ee", "#06b6d4", "#0891b2", "#0e7490", "#155e75", "#164e63", "#14455c"}
	Sky     = Hue{"#f0f9ff", "#e0f2fe", "#bae6fd", "#7dd3fc", "#38bdf8", "#0ea5e9", "#0284c7", "#0369a1", "#075985", "#0c4a6e", "#0b4165"}
	Blue    = Hue{"#eff6ff", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6", "#2563eb", "#1d4ed8", "#1e40af", "#1e3a8a", "#1d3660"}
	Indigo  = Hue{"#eef2ff", "#e0e7ff", "#c7d2fe", "#a5b4fc", "#818cf8", "#6366f1", "#4f46e5", "#4338ca", "#3730a3", "#312e81", "#2b2c5e"}
	Violet  = Hue{"#f5f3ff", "#ede9fe", "#ddd6fe", "#c4b5fd", "#a78bfa", "#8b5cf6", "#7c3aed", "#6d28d9", "#5b21b6", "#4c1d95", "#431d7f"}
	Purple  = Hue{"#faf5ff", "#f3e8ff", "#e9d5ff", "#d8b4fe", "#c084fc", "#a855f7", "#9333ea", "#7e22ce", "#6b21a8", "#581c87", "#4c1a73"}
	Fuchsia = Hue{"#fdf4ff", "#fae8ff", "#f5d0fe", "#f0abfc", "#e879f9", "#d946ef", "#c026d3", "#a21caf", "#86198f", "#701a75", "#5e1a66"}
	Pink    = Hue{"#fdf2f8", "#fce7f3", "#fbcfe8", "#f9a8d4", "#f472b6", "#ec4899", "#db2777", "#be185d", "#9d174d", "#831843", "#6e1a3d"}
	Rose    = Hue{"#fff1f2", "#ffe4e6", "#fecdd3", "#fda4af", "#fb7185", "#f43f5e", "#e11d48", "#be123c", "#9f1239", "#881337", "#771d3a"}
)

// hues names the built-in hues, for HueByName.
var hues = map[string]Hue{
	"slate": Slate, "gray": Gray, "zinc": Zinc, "neutral": Neutral, "stone": Stone, "red": Red,
	"orange": Orange, "amber": Amber, "yellow": Yellow, "lime": Lime, "green": Green,
	"emerald": Emerald, "teal": Teal, "cyan": Cyan, "sky": Sky, "blue": Blue, "indigo": Indigo,
	"violet": Violet, "purple": Purple, "fuchsia": Fuchsia, "pink": Pink, "rose": Rose,
}

// HueByName returns the built-in hue of that name ("orange", "zinc"...), as Gradio
// accepts primary_hue="orange".
func HueByName(name string) (Hue, bool) {
	h, ok := hues[name]
	return h, ok
}

// A Size is a scale of seven steps, from xxs to xxl, in the order xxs, xs, sm, md, lg,
// xl, xxl: text sizes, spacings or corner radii. Components pick a step (a label uses
// text "sm", a block's padding spacing "xl"), so one Size resizes the app evenly. Steps
// are CSS lengths; the zero Size means "the theme's default".
type Size [7]string

// stepNames are the suffixes of a size's variables: --text-xxs ... --text-xxl.
var stepNames = [7]string{"xxs", "xs", "sm", "md", "lg", "xl", "xxl"}

// The sizes Gradio offers, with the same steps.
var (
	RadiusNone = Size{"0px", "0px", "0px", "0px", "0px", "0px", "0px"}
	RadiusSM   = Size{"1px", "1px", "2px", "4px", "6px", "8px", "12px"}
	RadiusMD   = Size{"1px", "2px", "4px", "6px", "8px", "12px", "22px"}
	RadiusLG   = Size{"2px", "4px", "6px", "8px", "12px", "16px", "24px"}
	RadiusXXL  = Size{"6px", "8px", "10px", "20px", "24px", "28px", "32px"}

	SpacingSM = Size{"1px", "1px", "2px", "4px", "6px", "9px", "12px"}
	SpacingMD = Size{"1px", "2px", "4px", "6px", "8px", "10px", "16px"}
	SpacingLG = Size{"2px", "4px", "6px", "8px", "10px", "14px", "28px"}

	TextSM = Size{"8px", "9px", "11px", "13px", "16px", "20px", "24px"}
	TextMD = Size{"9px", "10px", "12px", "14px", "16px", "22px", "26px"}
	TextLG = Size{"10px", "12px", "14px", "16px", "20px", "24px", "28px"}
)
