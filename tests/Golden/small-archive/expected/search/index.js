BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":4,"chunk":50,"minYear":1926,
"sections":[["news","News"],["history","History"],["editorial","Editorial"]],
"topics":[["general-strike","General Strike"],["printers","Printers"]],
"authors":[["ada-price","Ada Price"],["ben-ross","Ben Ross"]],
"shards":[""],
"docs":"!!#!##!$#!!!##!#!!%$!#$!#",
"lengths":",9@8",
"titles":["The miners stay out","Nine days that shook the country","The call goes out","Why we stand together"],
"paths":["1926/06/the-miners-stay-out","1926/05/nine-days","1926/05/the-call-goes-out","1926/05/editorial"]});
