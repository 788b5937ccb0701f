/** The `--help` text: every flag, with its default. Kept in step with docs/cli.md. */
export const help = `Usage: replylint [options] [paths or globs...]

Lint replies to job-rejection emails. Folders are searched for .txt, .md and
.eml drafts; with no paths (or with --stdin) the draft is read from stdin.

Options:
  --stage <stage>          stage the rejection came at: screening, interview or
                           final (overrides config files; default: interview)
  --format <format>        report format: stylish (default) or json (on stdout)
  -q, --quiet              only report files with messages
  -s, --silent             only report errors
      --verbose            show each message's note and documentation link
  -f, --frail              exit with 1 on warnings too
      --max-warnings <n>   exit with 1 when there are more than n warnings
      --max-size <bytes>   largest draft to lint (default: 1048576, 1 MiB)
  -j, --jobs <n>           threads to lint many drafts on (default: one per
                           core but one, at most 4; 1 on two cores or fewer)
  -r, --rc-path <file>     use this config file instead of searching for one
  -i, --ignore-path <file> use this ignore file too
      --no-config          do not search for config files
      --no-ignore          do not search for .replylintignore files
      --color, --no-color  force or turn off colour (default: detect)
      --stdin              read the draft from stdin
      --stdin-filename <name>
                           name of the stdin draft; a .eml name decodes it as email
  -h, --help               show this help
  -v, --version            show the version

Config: .replylintrc, .replylintrc.json, .replylintrc.yml, .replylintrc.yaml,
.replylintrc.mjs, .replylintrc.js or a "replylint" field in package.json, found
upward from each draft's folder. Ignore file: .replylintignore.

Exit codes: 0 nothing fails, 1 errors (or warnings with --frail or over
--max-warnings), 2 usage error, bad config, or no drafts found.

Examples:
  replylint reply.txt
  replylint --stage screening drafts/
  replylint "drafts/**/*.eml" --format json
  pbpaste | replylint --stdin-filename reply.txt
`
