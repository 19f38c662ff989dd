#!/usr/bin/env node
'use strict';
// The POC Studio language server for any LSP client: poc-studio-language-server --stdio
require('../dist/server.js');
