BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":3,"chunk":50,"minYear":1889,
"sections":[["news","News"],["reviews","Reviews"]],
"topics":[["docks","Docks"],["east-end","East End"],["printers","Printers"]],
"authors":[],
"shards":[""],
"docs":"!$#$!!#!!!#$!#!",
"lengths":"*-/",
"titles":["A printer reviews the strike sheets","Nothing to promote","On the quays"],
"paths":["1889/08/a-printers-review","1889/08/no-match","1889/08/on-the-quays"]});
