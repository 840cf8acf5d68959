BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":1,"chunk":50,"minYear":2020,
"sections":[["news","News"]],
"topics":[],
"authors":[],
"shards":[""],
"docs":"!#!!",
"lengths":"+",
"titles":["Quota cut & boats stay in: \"a third week\""],
"paths":["2020/05/quota-cut"]});
