// Starts dynalite (in memory) on a free loopback port and writes that port to the file named by
// the first argument once it accepts connections. Run by scripts/dynalite.sh; stops on SIGTERM.
'use strict'

const fs = require('fs')
const dynalite = require('dynalite')

const portFile = process.argv[2]
if (!portFile) {
  console.error('usage: node server.js PORT_FILE')
  process.exit(2)
}

// Tables are ACTIVE at once: the tests create their tables and use them straight away.
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port
  // Written to a temporary name first so that a reader never sees a half-written port.
  fs.writeFileSync(portFile + '.tmp', String(port) + '\n')
  fs.renameSync(portFile + '.tmp', portFile)
  console.log('dynalite listening on http://127.0.0.1:' + port)
})

function stop () {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 1000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
