BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":4,"chunk":50,"minYear":1926,
"sections":[["news","News"],["history","History"],["editorial","Editorial"]],
"topics":[["general-strike","General Strike"],["printers","Printers"]],
"authors":[["ada-price","Ada Price"],["ben-ross","Ben Ross"]],
"shards":[""],
"docs":"!!#!##!$#!!!##!#!!%$!#$!#",
"lengths":",9B8"});
