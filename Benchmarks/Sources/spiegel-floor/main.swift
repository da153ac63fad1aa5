// spiegel-floor STORE SESSION: the floor a typed spiegel command is measured against: a
// Swift program that opens the store with GRDB and runs one query (the session's row), and
// prints its date. Nothing else: no argument parser, no instruments, no output formatting.
import Foundation
import GRDB

let arguments = CommandLine.arguments
guard arguments.count == 3, let session = Int64(arguments[2]) else {
    print("usage: spiegel-floor STORE SESSION")
    exit(2)
}
let store = try DatabaseQueue(path: arguments[1])
let date = try store.read { db in try String.fetchOne(db, sql: "SELECT date FROM session WHERE id = ?", arguments: [session]) }
print(date ?? "no session \(session)")
