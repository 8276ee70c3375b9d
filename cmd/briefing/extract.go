package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/briefing-tools/briefing/internal/export"
)

func newExtractCommand(opts *options, io streams) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract [--format json|markdown] PATH...",
		Short: "Print the extracted briefing without the dashboard",
		Long: `Extract loads the documents and prints the briefing: as briefing/v1 JSON
(documents with their sanitised text, actors, assets, questions and warnings, with
UTF-8 byte offsets) or as a Markdown brief.`,
		Args: argsError(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "markdown" && format != "md" {
				return usageError{fmt.Errorf("unknown --format %q: use json or markdown", format)}
			}
			opts.oneShot = true
			b, err := load(args, opts, io)
			if err != nil {
				return err
			}
			if err := withMarks(&b, opts.store); err != nil {
				return err
			}
			if format == "json" {
				return export.JSON(io.out, b)
			}
			return export.Markdown(io.out, b)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json or markdown")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"json", "markdown"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
