package translations

import (
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var dumpKeys = flag.Bool("dump-keys", false, "write the keys the code uses, and those the files lack, to translation-keys.json in the temporary folder")

// sources are the folders, from the repository root, whose words reach
// the user: the window through lang.L, the lower layers and the command
// line through i18n.T.
var sources = []string{"internal/ui", "internal/check", "internal/sheet", "internal/xlsxread", "internal/roster", "internal/editor", "internal/schooldata", "cmd/roster", "cmd/rosterdesk", "cmd/launcher"}

// keyHelpers are functions that take translation keys as arguments and
// look them up themselves: the arguments at these positions must be
// string literals, which count as keys.
var keyHelpers = map[string][]int{
	"count": {1, 2}, // internal/ui: count(n, one, other)
	"tr":    {0},    // cmd/launcher: tr(key)
	// internal/xlsxread: errors whose message is an i18n.Text (Refused
	// also as xlsxread.Refused, from sheet).
	"Refused": {0}, "tooLarge": {0}, "damagedBecause": {0}, "notSpreadsheet": {0},
}

// keyPackages are the packages whose keyHelpers other packages call too.
var keyPackages = map[string]bool{"xlsxread": true}

// keyMethods are the methods that take translation keys, as keyHelpers
// do: cmd/roster's run translates in its own language.
var keyMethods = map[string][]int{
	"plural": {1, 2}, // cmd/roster: r.plural(n, one, other)
	"tr":     {0},    // cmd/roster: r.tr(format, args...)
}

// lookupFuncs are the functions, and lookupMethods the methods, that may
// pass a non-literal key to lang.L or i18n.T: they receive keys that are
// collected at their callers.
var (
	lookupFuncs = map[string]bool{"say": true, "count": true,
		"Refused": true, "tooLarge": true, "damagedBecause": true, "notSpreadsheet": true}
	lookupMethods = map[string]bool{"plural": true, "tr": true, "storedText": true}
)

// key is one translation key and where the code uses it.
type key struct {
	text string
	pos  string
}

// collectKeys walks the sources and returns every key, and every call
// whose key is not a literal (so that it cannot be checked).
func collectKeys(t *testing.T) (keys []key, opaque []string) {
	t.Helper()
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	consts := stringConsts(t, root)
	for _, dir := range sources {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			k, o := keysInFile(fset, f, consts[filepath.Dir(path)])
			keys, opaque = append(keys, k...), append(opaque, o...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return keys, opaque
}

// keysInFile finds lang.L/X/N/XN and i18n.T calls, i18n.Text literals and
// calls of the key helpers and key methods in one file.
func keysInFile(fset *token.FileSet, f *ast.File, consts map[string]string) (keys []key, opaque []string) {
	add := func(e ast.Expr, inLookup bool) {
		pos := fset.Position(e.Pos()).String()
		if id, ok := e.(*ast.Ident); ok {
			if s, ok := consts[id.Name]; ok {
				keys = append(keys, key{s, pos})
				return
			}
		}
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			if err == nil {
				keys = append(keys, key{s, pos})
				return
			}
		}
		if !inLookup {
			opaque = append(opaque, pos)
		}
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		inLookup := ok && (fn.Recv == nil && lookupFuncs[fn.Name.Name] || fn.Recv != nil && lookupMethods[fn.Name.Name])
		ast.Inspect(decl, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				switch fun := n.Fun.(type) {
				case *ast.SelectorExpr:
					pkg, ok := fun.X.(*ast.Ident)
					if !ok || len(n.Args) == 0 {
						break
					}
					for _, i := range keyMethods[fun.Sel.Name] {
						if i < len(n.Args) {
							add(n.Args[i], inLookup)
						}
					}
					if keyPackages[pkg.Name] {
						for _, i := range keyHelpers[fun.Sel.Name] {
							if i < len(n.Args) {
								add(n.Args[i], inLookup)
							}
						}
					}
					if (pkg.Name == "lang" && slices.Contains([]string{"L", "X", "N", "XN", "Localize", "LocalizeKey", "LocalizePlural", "LocalizePluralKey"}, fun.Sel.Name)) ||
						(pkg.Name == "i18n" && fun.Sel.Name == "T") {
						add(n.Args[0], inLookup)
					}
				case *ast.Ident:
					for _, i := range keyHelpers[fun.Name] {
						if i < len(n.Args) {
							add(n.Args[i], inLookup)
						}
					}
				}
			case *ast.CompositeLit:
				sel, ok := n.Type.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Text" || !isIdent(sel.X, "i18n") || len(n.Elts) == 0 {
					break
				}
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "Format") {
						add(kv.Value, inLookup)
					}
				}
				if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
					add(n.Elts[0], inLookup)
				}
			}
			return true
		})
	}
	return keys, opaque
}

// stringConsts maps each source folder to its package-level string
// constants, so that a constant key counts as its text.
func stringConsts(t *testing.T, root string) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	for _, dir := range sources {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
			if err != nil {
				return err
			}
			for _, decl := range f.Decls {
				gen, ok := decl.(*ast.GenDecl)
				if !ok || gen.Tok != token.CONST {
					continue
				}
				for _, spec := range gen.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if i >= len(vs.Values) {
							break
						}
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							if s, err := strconv.Unquote(lit.Value); err == nil {
								if out[filepath.Dir(path)] == nil {
									out[filepath.Dir(path)] = map[string]string{}
								}
								out[filepath.Dir(path)][name.Name] = s
							}
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// reservedKeys are the keys go-i18n, under Fyne's lang package, reads
// as parts of a message, whatever their case: a file with one of them as
// a key fails to load.
var reservedKeys = map[string]bool{"id": true, "description": true, "hash": true, "leftdelim": true,
	"rightdelim": true, "zero": true, "one": true, "two": true, "few": true, "many": true, "other": true, "translation": true}

// verbRE matches a printf verb, %% included.
var verbRE = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?(\d+|\*)?(\.(\d+|\*))?[a-zA-Z%]`)

// verbs lists s's printf verbs in order.
func verbs(s string) []string { return verbRE.FindAllString(s, -1) }

func loadFile(t *testing.T, language string) map[string]string {
	t.Helper()
	data, err := Files.ReadFile(language + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s.json: %v", language, err)
	}
	return m
}

// TestEveryKeyTranslated fails when a string the code shows lacks a
// translation in en, sv or fi, or when a translation's printf verbs are
// not the key's, in the same order. Run with -dump-keys to list the
// keys as JSON.
func TestEveryKeyTranslated(t *testing.T) {
	keys, opaque := collectKeys(t)
	if len(keys) < 150 {
		t.Fatalf("found only %d keys: the collector has lost its way", len(keys))
	}
	for _, pos := range opaque {
		t.Errorf("%s: a translation key that is not a string literal cannot be checked", pos)
	}
	for _, k := range keys {
		if reservedKeys[strings.ToLower(k.text)] {
			t.Errorf("%s: %q is a word Fyne's translation files reserve (go-i18n); use a longer key", k.pos, k.text)
		}
	}
	missing := map[string]map[string]string{}
	for _, language := range []string{"en", "sv", "fi"} {
		file := loadFile(t, language)
		for _, k := range keys {
			tr, ok := file[k.text]
			if !ok || strings.TrimSpace(tr) == "" {
				t.Errorf("%s: %q has no %s translation", k.pos, k.text, language)
				if missing[k.text] == nil {
					missing[k.text] = map[string]string{}
				}
				missing[k.text][language] = ""
				continue
			}
			if want, got := verbs(k.text), verbs(tr); !slices.Equal(want, got) {
				t.Errorf("%s: %s translation of %q has verbs %v, want %v", k.pos, language, k.text, got, want)
			}
		}
	}
	if *dumpKeys {
		used := make([]string, 0, len(keys))
		for _, k := range keys {
			used = append(used, k.text)
		}
		out, _ := json.MarshalIndent(map[string]any{"used": used, "missing": missing}, "", "  ")
		_ = os.WriteFile(filepath.Join(os.TempDir(), "translation-keys.json"), out, 0o600)
	}
}

// TestNoStaleKeys fails on translations whose key the code no longer
// uses, so that the files stay the list of what the program says.
func TestNoStaleKeys(t *testing.T) {
	keys, _ := collectKeys(t)
	used := map[string]bool{}
	for _, k := range keys {
		used[k.text] = true
	}
	for _, language := range []string{"en", "sv", "fi"} {
		var stale []string
		for k := range loadFile(t, language) {
			if !used[k] {
				stale = append(stale, k)
			}
		}
		sort.Strings(stale)
		for _, k := range stale {
			t.Errorf("%s.json: %q is no longer used by the code", language, k)
		}
	}
}

func TestVerbs(t *testing.T) {
	for in, want := range map[string][]string{
		"%d of %s shown":   {"%d", "%s"},
		"100%% sure %q":    {"%%", "%q"},
		"%[1]d rows %-5v!": {"%[1]d", "%-5v"},
		"plain":            nil,
	} {
		if got := verbs(in); !slices.Equal(got, want) {
			t.Errorf("verbs(%q) = %v, want %v", in, got, want)
		}
	}
}
