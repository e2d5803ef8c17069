// The one module the front ends (CLI, REPL, language server, benchmark) import: every stage of
// the pipeline, re-exported, so that a front end never depends on how the stages are split.
@_exported import CoplanCore
@_exported import CoplanSyntax
@_exported import CoplanModel
@_exported import CoplanAnalysis
@_exported import CoplanPipeline
@_exported import CoplanFormat
@_exported import CoplanEmit
@_exported import CoplanSession
