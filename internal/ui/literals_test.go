package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// fynePackages are the packages whose calls put text on the screen.
var fynePackages = map[string]bool{"widget": true, "dialog": true, "fyne": true, "container": true, "canvas": true}

// textMethods put text on the screen whatever type they are called on.
var textMethods = map[string]bool{
	"SetText": true, "SetPlaceHolder": true, "SetTitle": true, "SetDismissText": true,
	"SetConfirmText": true, "NewWindow": true,
}

// notWords are literals with letters that are not words to translate.
var notWords = map[string]bool{
	"https://…": true, // the shape of a link, a placeholder
}

// untranslated returns, for one file, the positions of string literals
// with letters that are passed straight to Fyne (a constructor of widget,
// dialog, fyne, container or canvas, or a SetText-like method) or set as
// a Text or Title field, instead of through lang.L.
func untranslated(fset *token.FileSet, f *ast.File) []string {
	var found []string
	check := func(e ast.Expr) {
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || notWords[s] || !strings.ContainsFunc(s, unicode.IsLetter) {
			return
		}
		found = append(found, fset.Position(lit.Pos()).String()+": "+strconv.Quote(s))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); (ok && fynePackages[pkg.Name]) || textMethods[sel.Sel.Name] {
				for _, a := range n.Args {
					check(a)
				}
			}
		case *ast.CompositeLit:
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && (isName(kv.Key, "Text") || isName(kv.Key, "Title") || isName(kv.Key, "Label")) {
					check(kv.Value)
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if sel, ok := l.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Text" || sel.Sel.Name == "Title" || sel.Sel.Name == "Label") && i < len(n.Rhs) {
					check(n.Rhs[i])
				}
			}
		}
		return true
	})
	return found
}

func isName(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// TestNoUntranslatedText fails on words in the window that bypass
// lang.L: every label, button, menu item, dialog title and placeholder
// must be looked up in the translation files.
func TestNoUntranslatedText(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, at := range untranslated(fset, f) {
			t.Errorf("%s is shown without lang.L", at)
		}
	}
	if checked < 10 {
		t.Fatalf("checked only %d files", checked)
	}
}

// TestUntranslatedFinds shows the check above can fail: it finds each
// kind of bare text and passes what goes through lang.L.
func TestUntranslatedFinds(t *testing.T) {
	src := `package ui
func f() {
	widget.NewLabel("Hello")
	widget.NewButton("Save", nil)
	dialog.NewConfirm("Really?", lang.L("Sure?"), nil, w)
	fyne.NewMenuItem("Quit", nil)
	l.SetText("Done")
	e.SetPlaceHolder("Name")
	_ = &widget.Button{Text: "Go"}
	l.Text = "Later"
	widget.NewLabel(lang.L("Fine"))
	widget.NewLabel("")
	widget.NewLabel(" · ")
	e.SetPlaceHolder("https://…")
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := untranslated(fset, f)
	want := []string{`"Hello"`, `"Save"`, `"Really?"`, `"Quit"`, `"Done"`, `"Name"`, `"Go"`, `"Later"`}
	if len(got) != len(want) {
		t.Fatalf("found %q, want %d findings", got, len(want))
	}
	for i, w := range want {
		if !strings.HasSuffix(got[i], w) {
			t.Errorf("finding %d = %s, want %s", i, got[i], w)
		}
	}
}
