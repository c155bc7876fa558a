package skills_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model/skills"
)

// builtin loads the embedded taxonomy or stops the test.
func builtin(t testing.TB) *skills.Taxonomy {
	t.Helper()
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// names lists the distinct skills of ms, in order.
func names(tx *skills.Taxonomy, ms []skills.Match) []string {
	var out []string
	for _, m := range ms {
		if n := tx.Skill(m.Skill).Name; !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func TestFindHardCases(t *testing.T) {
	tx := builtin(t)
	tests := []struct {
		text string
		want string // skills joined with "; "
	}{
		// Go the language and go the verb.
		{"Built services in Golang and golang", "Go"},
		{"Rewrote the billing API in Go last year", "Go"},
		{"Go microservices deployed on Kubernetes", "Go; Microservices; Kubernetes"},
		{"Go Chapter Lead", "Go"},
		{"*Go*, *NodeJS* and *Python* microservices", "Go; Node.js; Python; Microservices"},
		{"Languages: Go, PHP, Java", "Go; PHP; Java"},
		{"Go through the logs and go to market", ""},
		{"a meeting that enables go engineers to share ideas", ""},
		{"Go-live was on time", ""},
		{"uber-go/fx inspired framework", ""},
		// C, C++, C#, .NET, Objective-C.
		{"Python, C and C++ for embedded work", "Python; C; C++"},
		{"Wrote C# services on .NET Core and ASP.NET", "C#; .NET; ASP.NET"},
		{"iOS apps in Objective-C", "iOS; Objective-C"},
		{"Raised a Series C round with C-level sponsors", ""},
		{"Plan B, then A/B/C testing", ""},
		// R the statistics language.
		{"Data analysis with **R** (tidyr, dplyr, ggplot, lm)", "R; tidyr; dplyr; ggplot2"},
		{"Skillset: python, SQL, R, Unix", "Python; SQL; R; Unix"},
		{"through an R&D project with a university", ""},
		{"R scripts for reporting", "R"},
		// Node.js and the word node.
		{"Node.js, NodeJS and node js back-ends", "Node.js"},
		{"each node of the cluster", ""},
		// Spark and spark joy.
		{"Spark jobs on *Apache Spark* and PySpark", "Apache Spark"},
		{"tidy rooms spark joy", ""},
		{"Spark joy in your team", ""},
		// Versions, plurals, punctuation, emphasis.
		{"Python3 and Python 3.11 scripts", "Python"},
		{"Develop business features with Symfony 2.7 framework.", "Symfony"},
		{"Angular2, CSS3 and HTML5", "Angular; CSS; HTML"},
		{"Serverless Lambdas and ELBs", "Serverless; AWS Lambda; AWS; Elastic Load Balancing; Load Balancing"},
		{"**Terraform**, and development of providers (**Golang**)", "Terraform; Go"},
		{"*Kafka* topics, Kafka's brokers.", "Kafka"},
		// Aliases that map to canonical names and to several skills.
		{"K8s, k8s and K8S clusters", "Kubernetes"},
		{"All deployed on **Kubernetes** via **GKE**.", "Kubernetes; Google Kubernetes Engine; Google Cloud"},
		{"Postgres and psql", "PostgreSQL"},
		{"moving the database to *AWS RDS*", "Amazon RDS; AWS"},
		{"**Apache Kafka** and **Apache Flink**", "Kafka; Apache Flink"},
		{"AWS RabbitMQ", "RabbitMQ; Amazon MQ; AWS"},
		{"CI/CD pipelines and a CI system", "CI/CD"},
		// Spoken languages and common words are not skills.
		{"Spanish, Catalan, English", ""},
		{"the express train in Spring 2019", ""},
		{"Spring Boot back-end", "Spring Boot"},
		{"the chef cooked; Chef cookbooks", "Chef"},
		{"Open-Source Software is the backbone of the internet", ""},
		// "not" phrases and marks.
		{"Copyright (C) 2020 and the (R) mark", ""},
		{"Licensed under the Apache License 2.0 by the Apache Software Foundation", ""},
		{"Go-to-market with Go services", "Go"},
		// URLs name no skill.
		{"<https://github.com/peertransfer/terraform-gitlab-mr-to-slack>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := strings.Join(names(tx, tx.Find(tt.text)), "; ")
			if got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindInList(t *testing.T) {
	tx := builtin(t)
	for kw, want := range map[string]string{
		"R":               "R",
		"Go":              "Go",
		"C":               "C",
		"GCP managed K8S": "Google Cloud; Kubernetes",
		"R&D":             "",
		"Catalan":         "",
	} {
		if got := strings.Join(names(tx, tx.FindInList(kw)), "; "); got != want {
			t.Errorf("FindInList(%q) = %q, want %q", kw, got, want)
		}
	}
}

func TestMatchProvenance(t *testing.T) {
	tx := builtin(t)
	text := "Led the move to **AWS RDS** with Golang — ünïcode first"
	ms := tx.Find(text)
	want := []struct {
		skill, span, alias string
		implied            bool
	}{
		{"Amazon RDS", "AWS RDS", "AWS RDS", false},
		{"AWS", "AWS RDS", "AWS RDS", true},
		{"Go", "Golang", "Golang", false},
	}
	if len(ms) != len(want) {
		t.Fatalf("got %d matches, want %d: %+v", len(ms), len(want), ms)
	}
	for i, w := range want {
		m := ms[i]
		if tx.Skill(m.Skill).Name != w.skill || text[m.Start:m.End] != w.span || m.Alias != w.alias || m.Implied != w.implied {
			t.Errorf("match %d = %s %q alias %q implied %v, want %+v", i, tx.Skill(m.Skill).Name, text[m.Start:m.End], m.Alias, m.Implied, w)
		}
	}
}

func TestScannerReuse(t *testing.T) {
	tx := builtin(t)
	sc := tx.NewScanner()
	a := sc.Scan("Kafka and Flink", false, nil)
	b := sc.Scan("Terraform", false, nil)
	if len(a) != 2 || len(b) != 1 || tx.Skill(b[0].Skill).Name != "Terraform" {
		t.Fatalf("reuse broke results: %+v %+v", a, b)
	}
	buf := make([]skills.Match, 0, 16)
	if n := testing.AllocsPerRun(100, func() { _ = sc.Scan("Go microservices on Kubernetes with Kafka", false, buf[:0]) }); n > 0 {
		t.Errorf("Scan allocates %.0f times per call with room in out", n)
	}
}

func TestNamesDoNotSpanPunctuation(t *testing.T) {
	tx := builtin(t)
	for text, want := range map[string]string{
		"Tools: AWS, DynamoDB, Git":           "AWS; Amazon DynamoDB; Git",
		"Tools: AWS DynamoDB":                 "Amazon DynamoDB; AWS",
		"AWS\nLambda calculus":                "AWS",
		"Go · Java · Kotlin":                  "Go; Java; Kotlin",
		"K. Ito, R. Shah. PLDI 2020.":         "",
		"Python, SQL and R. Then dashboards.": "Python; SQL",
	} {
		if got := strings.Join(names(tx, tx.Find(text)), "; "); got != want {
			t.Errorf("Find(%q) = %q, want %q", text, got, want)
		}
	}
}
