import ArgumentParser
import SpiegelReport

/// `--lang nl` or `--lang en`: the language of a report's or form's headings and notes.
extension ReportLanguage: ExpressibleByArgument {}
