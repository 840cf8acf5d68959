BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":8,"chunk":50,"minYear":2021,
"sections":[["news","News"]],
"topics":[["labour-history","Labour history"]],
"authors":[["sam-writer","Sam Writer"]],
"shards":[""],
"docs":"!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!",
"lengths":"%%%%%%%%"});
