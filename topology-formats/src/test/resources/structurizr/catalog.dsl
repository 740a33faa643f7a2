workspace "CircleCI Server" "39 services and their dependencies." {

    model {
        system = softwareSystem "CircleCI Server" {
            api-service = container "api-service" "Provides a GraphQL API that provides much of the data to render the web frontend." "" "HIGH severity"
            audit-log-service = container "audit-log-service" "Persists audit log events to blob storage for long term storage." "" "LOW severity"
            contexts-service = container "contexts-service" "Stores and provides encrypted contexts." "" "MEDIUM severity"
            contexts-service-migrator = container "contexts-service-migrator" "Runs postgresql migrations for the contexts-service." "" "LOW severity,one-shot task"
            contexts-vault = container "contexts-vault" "Instance of Hashicorp's Vault - an encryption service that provides key-management, secure storage, and other encryption related services. Used to handle the encryption and key store for the contexts-service." "vault-cci" "MEDIUM severity"
            cron-service = container "cron-service" "Triggers scheduled workflows." "" "MEDIUM severity"
            cron-service-migrator = container "cron-service-migrator" "Runs postgresql migrations for the cron-service." "" "LOW severity,one-shot task"
            domain-service = container "domain-service" "Stores and provides information about our domain model." "" "HIGH severity"
            domain-service-migrator = container "domain-service-migrator" "Runs postgresql migrations for the domain-service." "" "LOW severity,one-shot task"
            exim = container "exim" "Mail Transfer Agent (MTA) used to send all outbound SMTP." "" "LOW severity"
            federation-service = container "federation-service" "Stores user identities (LDAP)" "" "MEDIUM severity"
            federation-service-migrator = container "federation-service-migrator" "Runs postgresql migrations for the federations-service." "" "LOW severity,one-shot task"
            fileserved = container "fileserved" "File storage service used as a replacement for S3 when CircleCI Server is run outside of AWS. Not used if Server is configured to use S3. Stores step output logs, artifacts, test results, caches and workspaces." "" "HIGH severity"
            frontend = container "frontend" "CircleCI web app and www-api proxy." "" "MEDIUM severity"
            mongo = container "mongo" "Mongo data store." "" "HIGH severity"
            mongodb-upgrader = container "mongodb-upgrader" "Used to run any mongo conversion/upgrade scripts during mongo version upgrade." "server-mongo-upgrader" "LOW severity,one-shot task"
            nomad-metrics = container "nomad-metrics" "Queries the nomad server for stats and sends them to statsd." "" "LOW severity"
            nomad_server = container "nomad_server" "Nomad primary service." "server-nomad" "HIGH severity"
            output-processor = container "output-processor" "Receives job output & status updates and writes them to MongoDB. Also provides an API to running jobs to access caches, workspaces, store caches, workspaces, artifacts, & test results." "output-processing" "HIGH severity"
            outputRunningRedis = container "outputRunningRedis" "The Redis key/value store." "redis" "MEDIUM severity"
            permissions-service = container "permissions-service" "Provides the CircleCI permissions interface." "" "MEDIUM severity"
            permissions-service-migrator = container "permissions-service-migrator" "Runs postgresql migrations for the permissions-service" "" "LOW severity,one-shot task"
            picard-dispatcher = container "picard-dispatcher" "Splits a job into tasks and sends them to schedulerer to be run." "" "MEDIUM severity"
            postgres = container "postgres" "Basic postgresql with enhancements for creating required databases when containers are launched." "postgres-script-enhance" "HIGH severity"
            rabbitmq = container "rabbitmq" "Runs the RabbitMQ server. Most of our services use RabbitMQ for queueing." "rabbitmq-delayed" "HIGH severity"
            ready-agent = container "ready-agent" "Called by Replicated to check whether other containers are ready." "server-ready-agent" "LOW severity,needed only at startup,startup gate"
            schedulerer = container "schedulerer" "Sends tasks to server-nomad to run." "" "MEDIUM severity"
            server-usage-stats = container "server-usage-stats" "Sends the user count to the internal CircleCI \"phone home\" endpoint." "" "LOW severity"
            shutdown-hook-poller = container "shutdown-hook-poller" "Checks the frontend container for 1.0 Builder shutdown requests. If a request is found, the 1.0 Builder is shut down." "" "LOW severity"
            slanger = container "slanger" "Provides real-time events to the CircleCI app." "" "LOW severity"
            telegraf = container "telegraf" "This is the statsd forwarding agent that our local services write to and can be configured to forward to an external metrics service." "" "LOW severity"
            test-results = container "test-results" "Parses test result files and stores data." "" "LOW severity"
            tutum_logrotate = container "tutum/logrotate" "Used to manage log rotations for all containers on the services machine." "" "MEDIUM severity"
            vm-gc = container "vm-gc" "Periodically check for stale machine and remote Docker instances and request that vm-service remove them." "" "LOW severity"
            vm-scaler = container "vm-scaler" "Periodically requests that vm-service provision more instances for running machine and remote Docker jobs." "" "MEDIUM severity"
            vm-service = container "vm-service" "Inventory of available vm-service instances, and provisioning of new instances." "" "MEDIUM severity"
            vm-service-db-migrator = container "vm-service-db-migrator" "Used to run database migrations for vm-service." "" "LOW severity,one-shot task"
            workflows-conductor = container "workflows-conductor" "Coordinates and provides information about workflows." "" "HIGH severity"
            workflows-conductor-migrator = container "workflows-conductor-migrator" "Runs postgreSQL migrations for the workflows-conductor." "" "LOW severity,one-shot task"
        }

        api-service -> postgres "requires" "" "startup"
        api-service -> frontend "requires" "" "startup"
        api-service -> contexts-service-migrator "startup only" "" "startup,startup only"
        api-service -> contexts-service "requires" "" "startup"
        api-service -> contexts-vault "requires" "" "startup"
        audit-log-service -> postgres "requires" "" "startup"
        audit-log-service -> frontend "requires" "" "startup"
        audit-log-service -> fileserved "talks to" "" "runtime"
        contexts-service -> postgres "requires" "" "startup"
        contexts-service -> frontend "requires" "" "startup"
        contexts-service -> contexts-service-migrator "startup only" "" "startup,startup only"
        contexts-service -> contexts-vault "requires" "" "startup"
        contexts-service -> contexts-vault "talks to" "" "runtime"
        contexts-service-migrator -> postgres "requires" "" "startup"
        contexts-service-migrator -> frontend "requires" "" "startup"
        cron-service -> postgres "requires" "" "startup"
        cron-service -> frontend "requires" "" "startup"
        cron-service -> cron-service-migrator "startup only" "" "startup,startup only"
        cron-service-migrator -> postgres "requires" "" "startup"
        cron-service-migrator -> frontend "requires" "" "startup"
        domain-service -> postgres "requires" "" "startup"
        domain-service -> frontend "requires" "" "startup"
        domain-service -> domain-service-migrator "startup only" "" "startup,startup only"
        domain-service-migrator -> postgres "requires" "" "startup"
        domain-service-migrator -> frontend "requires" "" "startup"
        federation-service -> postgres "requires" "" "startup"
        federation-service -> frontend "requires" "" "startup"
        federation-service -> federation-service-migrator "startup only" "" "startup,startup only"
        federation-service-migrator -> postgres "requires" "" "startup"
        federation-service-migrator -> frontend "requires" "" "startup"
        frontend -> postgres "requires" "" "startup"
        mongo -> mongodb-upgrader "startup only" "" "startup,startup only"
        nomad-metrics -> nomad_server "talks to" "" "runtime"
        nomad-metrics -> telegraf "talks to" "" "runtime"
        output-processor -> mongo "talks to" "" "runtime"
        output-processor -> fileserved "talks to" "" "runtime"
        permissions-service -> postgres "requires" "" "startup"
        permissions-service -> frontend "requires" "" "startup"
        permissions-service -> permissions-service-migrator "startup only" "" "startup,startup only"
        permissions-service-migrator -> postgres "requires" "" "startup"
        permissions-service-migrator -> frontend "requires" "" "startup"
        picard-dispatcher -> schedulerer "talks to" "" "runtime"
        schedulerer -> nomad_server "talks to" "" "runtime"
        shutdown-hook-poller -> frontend "talks to" "" "runtime"
        vm-gc -> vm-service-db-migrator "startup only" "" "startup,startup only"
        vm-gc -> vm-service "talks to" "" "runtime"
        vm-scaler -> vm-service-db-migrator "startup only" "" "startup,startup only"
        vm-scaler -> vm-service "talks to" "" "runtime"
        vm-service -> vm-service-db-migrator "startup only" "" "startup,startup only"
        workflows-conductor -> postgres "requires" "" "startup"
        workflows-conductor -> frontend "requires" "" "startup"
        workflows-conductor -> workflows-conductor-migrator "startup only" "" "startup,startup only"
        workflows-conductor-migrator -> postgres "requires" "" "startup"
        workflows-conductor-migrator -> frontend "requires" "" "startup"
    }

    views {
        container system "Containers" {
            include *
            autoLayout lr
        }

        styles {
            element "LOW severity" {
                background #d9ead3
                stroke #38761d
                color #000000
            }
            element "MEDIUM severity" {
                background #fff2cc
                stroke #b45f06
                color #000000
            }
            element "HIGH severity" {
                background #f4cccc
                stroke #990000
                color #000000
            }
            element "one-shot task" {
                border dashed
            }
            element "needed only at startup" {
                border dashed
            }
            element "run outside the installation" {
                border dotted
                opacity 60
            }
            relationship "startup" {
                color #333333
                dashed false
            }
            relationship "runtime" {
                color #1f4e79
                dashed true
            }
            relationship "optional" {
                color #777777
                dashed true
            }
            relationship "startup gate" {
                color #990000
            }
        }
    }
}
